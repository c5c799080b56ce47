import type { DuizhaoDB, FindingChunkRecord } from '../db';
import { announceFindingChunks } from './announceFindingChunks';

/**
 * Puts finding chunk records in one native IndexedDB transaction (relaxed durability: the
 * findings cache can be rebuilt), without Dexie's per-record middleware, then tells every
 * live query on the findingChunks table (this context and, through Dexie, the other tabs
 * and the main thread) that the table changed. `put`: a chunk written again by a second
 * run over the same units replaces the first. Resolves when the transaction has committed.
 */
export async function putFindingChunks(db: DuizhaoDB, chunks: FindingChunkRecord[]): Promise<void> {
  if (!db.isOpen()) await db.open();
  const tx = db.backendDB().transaction('findingChunks', 'readwrite', { durability: 'relaxed' });
  const store = tx.objectStore('findingChunks');
  for (const c of chunks) store.put(c);
  return new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => {
      announceFindingChunks(db);
      resolve();
    };
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('The findings were not written.', 'AbortError'));
  });
}
