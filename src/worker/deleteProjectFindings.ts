import { Dexie, RangeSet } from 'dexie';
import type { DuizhaoDB } from '../db';

/**
 * Deletes every cached finding of a project in one native IndexedDB transaction: the
 * primary keys come from the `projectId` index in one request, and each run of consecutive
 * keys (a re-check writes its findings with consecutive auto-incremented keys) goes in one
 * range delete — instead of a cursor over 100,000 records. Then tells the live queries on
 * the findings table (here, the page, other tabs). Resolves with the number deleted.
 */
export async function deleteProjectFindings(db: DuizhaoDB, projectId: number): Promise<number> {
  if (!db.isOpen()) await db.open();
  const tx = db.backendDB().transaction('findings', 'readwrite', { durability: 'relaxed' });
  const store = tx.objectStore('findings');
  let count = 0;
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('The old findings were not deleted.', 'AbortError'));
  });
  // The deletes are issued in the request's own callback, while the transaction is active.
  const req = store.index('projectId').getAllKeys(IDBKeyRange.only(projectId));
  req.onsuccess = () => {
    const keys = (req.result as number[]).sort((a, b) => a - b);
    count = keys.length;
    for (let i = 0; i < keys.length; ) {
      let j = i;
      while (j + 1 < keys.length && keys[j + 1] === keys[j] + 1) j++;
      store.delete(IDBKeyRange.bound(keys[i], keys[j]));
      i = j + 1;
    }
  };
  await done;
  if (count) {
    const base = `idb://${db.name}/findings/`;
    const all = () => new RangeSet(-Infinity, [[[]]]);
    const parts: Record<string, RangeSet> = { [base]: all(), [`${base}:dels`]: all() };
    for (const idx of db.findings.schema.indexes) parts[base + idx.name] = all();
    Dexie.on.storagemutated.fire(parts);
  }
  return count;
}
