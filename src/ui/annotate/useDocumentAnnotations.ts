import { useLiveQuery } from 'dexie-react-hooks';
import type { AnnotationRecord } from '../../db';
import { useDb } from '../shell/DbContext';

/** The document's annotations that are not deleted, live (undefined while loading). */
export function useDocumentAnnotations(documentId: number | null): AnnotationRecord[] | undefined {
  const db = useDb();
  return useLiveQuery(
    async () => (documentId === null ? [] : (await db.annotations.where('documentId').equals(documentId).toArray()).filter((a) => !a.deleted)),
    [db, documentId],
  );
}
