/** IndexedDB keeps a unit in roughly twice the bytes of its line in the file (both texts, indexes). */
export const STORAGE_FACTOR = 2;

function mb(bytes: number): string {
  return `${(bytes / 1_048_576).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

/**
 * Asks the browser how much storage is left (`navigator.storage.estimate()`). Returns a
 * sentence when a file of `fileSize` bytes would not fit (nothing has been written then),
 * null when it fits or the browser cannot tell.
 */
export async function checkStorageRoom(fileSize: number): Promise<string | null> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const estimate = await storage?.estimate?.().catch(() => undefined);
  if (!estimate || estimate.quota === undefined) return null;
  const free = Math.max(0, estimate.quota - (estimate.usage ?? 0));
  const need = fileSize * STORAGE_FACTOR;
  if (need <= free) return null;
  return (
    `the file is ${mb(fileSize)} and needs about ${mb(need)} of browser storage, but only ${mb(free)} is free. ` +
    'Nothing was written. Delete projects you no longer need, free disk space, or split the file, then import it again.'
  );
}
