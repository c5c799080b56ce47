import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DocumentRecord, DuizhaoDB } from '../../db';
import { useDb } from '../shell/DbContext';

/** Documents shown before the whole list has loaded (the first screen). */
const FIRST_SCREEN = 100;
/**
 * Records per read: each page is deserialized in its own short task. 5,000 made a 127–142 ms
 * CPU task per page on a 2-core machine (bench:browser, 100,000 documents); 2,000 keeps each
 * under the 100 ms a reviewer notices, for about 60 more round trips over the whole list.
 */
const PAGE = 2000;

/**
 * The documents of a project in order (live). undefined while loading. The first screen
 * renders from the first 100 documents; the full list follows, read in pages of 2,000.
 */
export function useProjectDocuments(projectId: number | null): DocumentRecord[] | undefined {
  const db = useDb();
  const first = useLiveQuery(
    () =>
      projectId === null
        ? []
        : db.documents.where('[projectId+order]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]).limit(FIRST_SCREEN).toArray(),
    [db, projectId],
  );
  const all = useLiveQuery(async () => {
    if (projectId === null) return [];
    // What the live query observes, cheaply: the number of the project's documents (one
    // added or removed) and of its revisions (addRevision is what changes a document's
    // record: its status). The pages are read outside the live query: observed, 100,000
    // records cost a 100+ ms main-thread task of Dexie's bookkeeping (every result's key added
    // to the observed set, the result cloned) each time the list opens.
    await Promise.all([
      db.documents.where('[projectId+order]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]).count(),
      db.revisions.where('projectId').equals(projectId).count(),
    ]);
    return unobserved(() => readAllPages(db, projectId));
  }, [db, projectId]);
  // Right after a project switch the live queries still hold the previous project's list
  // until their new results arrive: never hand those out (the list would select a document
  // of the project just left).
  return ofProject(all, projectId) ?? ofProject(first, projectId);
}

function ofProject(docs: DocumentRecord[] | undefined, projectId: number | null): DocumentRecord[] | undefined {
  if (!docs || projectId === null) return docs;
  return docs.length === 0 || docs[0].projectId === projectId ? docs : undefined;
}

/** All of a project's documents in order, each page in its own read transaction. */
async function readAllPages(db: DuizhaoDB, projectId: number): Promise<DocumentRecord[]> {
  const out: DocumentRecord[] = [];
  for (;;) {
    const from = out.length ? out[out.length - 1].order : -1;
    const page = await db.documents.where('[projectId+order]').between([projectId, from], [projectId, Dexie.maxKey], false, true).limit(PAGE).toArray();
    for (const d of page) out.push(d);
    if (page.length < PAGE) return out;
  }
}

/** Runs `read` from a fresh macrotask: outside the live query's zone, so its reads are not observed. */
function unobserved<T>(read: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => setTimeout(() => void read().then(resolve, reject)));
}
