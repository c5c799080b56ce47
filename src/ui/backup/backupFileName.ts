/** `duizhao-workspace-2026-11-28.json` */
export function backupFileName(now: Date = new Date()): string {
  const d = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `duizhao-workspace-${d}.json`;
}
