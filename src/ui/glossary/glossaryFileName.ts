/** `duizhao-glossary-<project>-<yyyy-mm-dd>.<ext>`, safe on every file system. */
export function glossaryFileName(projectName: string, ext: 'tbx' | 'csv', date: Date = new Date()): string {
  const slug = projectName
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|\s]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'project';
  const d = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `duizhao-glossary-${slug}-${d}.${ext}`;
}
