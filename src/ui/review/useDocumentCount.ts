import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../shell/DbContext';

/**
 * How many documents the project holds (live), read as one index count: known at once, while
 * the list itself is still being read in pages. Undefined until counted (and right after a
 * project switch, until the new project's count arrives).
 */
export function useDocumentCount(projectId: number | null): number | undefined {
  const db = useDb();
  const counted = useLiveQuery(
    async () => ({
      projectId,
      count: projectId === null ? 0 : await db.documents.where('[projectId+order]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]).count(),
    }),
    [db, projectId],
  );
  return counted && counted.projectId === projectId ? counted.count : undefined;
}
