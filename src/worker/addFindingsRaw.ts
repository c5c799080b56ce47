import { Dexie, RangeSet } from 'dexie';
import type { DuizhaoDB, FindingRecord } from '../db';

/**
 * Adds finding records in one native IndexedDB transaction (relaxed durability: the
 * findings table is a cache), without Dexie's per-record middleware, then tells every
 * live query on the findings table (this context and, through Dexie, the other tabs and
 * the main thread) that the table changed. Resolves when the transaction has committed.
 */
export async function addFindingsRaw(db: DuizhaoDB, rows: Omit<FindingRecord, 'id'>[]): Promise<void> {
  if (!db.isOpen()) await db.open();
  const idb = db.backendDB();
  const tx = idb.transaction('findings', 'readwrite', { durability: 'relaxed' });
  const store = tx.objectStore('findings');
  for (const r of rows) store.add(r);
  return new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => {
      const base = `idb://${db.name}/findings/`;
      const all = () => new RangeSet(-Infinity, [[[]]]);
      const parts: Record<string, RangeSet> = { [base]: all() };
      for (const idx of db.findings.schema.indexes) parts[base + idx.name] = all();
      Dexie.on.storagemutated.fire(parts);
      resolve();
    };
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('The findings were not written.', 'AbortError'));
  });
}
