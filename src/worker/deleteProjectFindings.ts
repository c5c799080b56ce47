import { projectChunkRange, type DuizhaoDB } from '../db';
import { announceFindingChunks } from './announceFindingChunks';

/**
 * Deletes a project's findings cache (its finding chunks) in one native IndexedDB
 * transaction: a count and one range delete over the primary keys [projectId+chunk]. Then
 * tells the live queries on the findingChunks table (here, the page, other tabs).
 * Resolves with the number of chunk records deleted.
 */
export async function deleteProjectFindings(db: DuizhaoDB, projectId: number): Promise<number> {
  if (!db.isOpen()) await db.open();
  const tx = db.backendDB().transaction('findingChunks', 'readwrite', { durability: 'relaxed' });
  const store = tx.objectStore('findingChunks');
  const range = projectChunkRange(projectId);
  let count = 0;
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('The old findings were not deleted.', 'AbortError'));
  });
  const req = store.count(range);
  req.onsuccess = () => {
    count = req.result;
    if (count) store.delete(range);
  };
  await done;
  if (count) announceFindingChunks(db);
  return count;
}
