/** A sentence for a failure to open or write the local database: what happened, what to do. */
export function describeStorageError(err: unknown): string {
  const name = (err as { name?: string } | null)?.name ?? '';
  const inner = (err as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'The browser has no storage space left for duizhao, so nothing was saved. Free some disk space or delete an old project, then try again.';
  }
  if (name === 'VersionError' || inner === 'VersionError') {
    return 'Another tab has opened a newer version of duizhao. Close this tab and reload the other one.';
  }
  if (name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'OpenFailedError' || inner === 'InvalidStateError') {
    return 'duizhao could not open its local database (IndexedDB). Private windows or blocked site storage prevent it: allow site data for this page or use a normal window, then reload.';
  }
  const msg = err instanceof Error ? err.message : String(err);
  return `duizhao could not read or write its local database (${msg}). Reload the page; your saved work is kept.`;
}
