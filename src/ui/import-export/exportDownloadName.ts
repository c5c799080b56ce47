/** A file-name part: no path or reserved characters, spaces collapsed, at most 60 characters. */
function part(s: string): string {
  return s.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/\s+/g, ' ').trim().slice(0, 60).trim();
}

/** yyyy-mm-dd of `date` in local time. */
function day(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/**
 * The name an export is downloaded under: `<project>-<document>-<yyyy-mm-dd>.<ext>`, without
 * the document for a whole-project export (`seed-2026-11-28.xlf`).
 */
export function exportDownloadName(project: string, document: string | null, extension: string, date: Date = new Date()): string {
  const parts = [part(project) || 'duizhao', ...(document !== null && part(document) ? [part(document)] : []), day(date)];
  return `${parts.join('-')}.${extension}`;
}
