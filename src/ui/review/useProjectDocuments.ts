import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DocumentRecord } from '../../db';
import { useDb } from '../shell/DbContext';

/** The documents of a project in order (live). undefined while loading. */
export function useProjectDocuments(projectId: number | null): DocumentRecord[] | undefined {
  const db = useDb();
  return useLiveQuery(
    () =>
      projectId === null
        ? []
        : db.documents
            .where('[projectId+order]')
            .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey])
            .toArray(),
    [db, projectId],
  );
}
