import { Dexie, RangeSet } from 'dexie';
import type { DuizhaoDB } from './DuizhaoDB';
import { projectChunkRange } from './findingsCache/projectChunkRange';

/** Tables holding a project's records by a `projectId` index. */
const BY_PROJECT = ['documents', 'units', 'revisions', 'decisions', 'annotations', 'spotchecks', 'events'] as const;
const ALL = ['projects', ...BY_PROJECT, 'findingChunks', 'glossaries', 'terms'] as const;

/**
 * Deletes the records with these primary keys: each run of consecutive integer keys (an
 * import or a re-check writes its records with consecutive keys) in one range delete.
 */
function deleteKeyRuns(store: IDBObjectStore, keys: IDBValidKey[]): void {
  const ids = (keys as number[]).slice().sort((a, b) => a - b);
  for (let i = 0; i < ids.length; ) {
    let j = i;
    while (j + 1 < ids.length && ids[j + 1] === ids[j] + 1) j++;
    store.delete(i === j ? ids[i] : IDBKeyRange.bound(ids[i], ids[j]));
    i = j + 1;
  }
}

/**
 * `deleteProject` outside a Dexie transaction: one native IndexedDB transaction over every
 * table (all or nothing); each table's keys for the project come from its `projectId` index
 * in one request and go in range deletes, instead of Dexie's cursor over 100,000 units
 * (whose records it reads first). Then tells the live queries (here, the page, other tabs)
 * that those tables changed.
 */
export async function deleteProjectNative(db: DuizhaoDB, projectId: number): Promise<void> {
  if (!db.isOpen()) await db.open();
  const tx = db.backendDB().transaction([...ALL], 'readwrite');
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('The project was not deleted.', 'AbortError'));
  });
  const only = IDBKeyRange.only(projectId);
  for (const name of BY_PROJECT) {
    const store = tx.objectStore(name);
    const req = store.index('projectId').getAllKeys(only);
    req.onsuccess = () => deleteKeyRuns(store, req.result);
  }
  tx.objectStore('findingChunks').delete(projectChunkRange(projectId));
  const glossaries = tx.objectStore('glossaries');
  const terms = tx.objectStore('terms');
  const gReq = glossaries.index('projectId').getAllKeys(only);
  gReq.onsuccess = () => {
    for (const g of gReq.result) {
      const tReq = terms.index('glossaryId').getAllKeys(IDBKeyRange.only(g));
      tReq.onsuccess = () => deleteKeyRuns(terms, tReq.result);
    }
    deleteKeyRuns(glossaries, gReq.result);
  };
  tx.objectStore('projects').delete(projectId);
  await done;
  const all = () => new RangeSet(-Infinity, [[[]]]);
  const parts: Record<string, RangeSet> = {};
  for (const name of ALL) {
    const base = `idb://${db.name}/${name}/`;
    parts[base] = all();
    parts[`${base}:dels`] = all();
    const schema = db.table(name).schema;
    if (schema.primKey.name) parts[base + schema.primKey.name] = all();
    for (const idx of schema.indexes) parts[base + idx.name] = all();
  }
  Dexie.on.storagemutated.fire(parts);
}
