import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DocumentRecord } from '../../db';
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
  const all = useLiveQuery(
    () =>
      projectId === null
        ? []
        : // Each page in its own read transaction (one transaction would commit between pages).
          Dexie.ignoreTransaction(async () => {
            const out: DocumentRecord[] = [];
            for (;;) {
              const from = out.length ? out[out.length - 1].order : -1;
              const page = await db.documents.where('[projectId+order]').between([projectId, from], [projectId, Dexie.maxKey], false, true).limit(PAGE).toArray();
              for (const d of page) out.push(d);
              if (page.length < PAGE) return out;
            }
          }),
    [db, projectId],
  );
  // Right after a project switch the live queries still hold the previous project's list
  // until their new results arrive: never hand those out (the list would select a document
  // of the project just left).
  return ofProject(all, projectId) ?? ofProject(first, projectId);
}

function ofProject(docs: DocumentRecord[] | undefined, projectId: number | null): DocumentRecord[] | undefined {
  if (!docs || projectId === null) return docs;
  return docs.length === 0 || docs[0].projectId === projectId ? docs : undefined;
}
