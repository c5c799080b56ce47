import { useLiveQuery } from 'dexie-react-hooks';
import { loadGlossaryRows, type GlossaryRow } from '../../db/glossary';
import { useStore } from '../../store';
import { useDb } from '../shell/DbContext';

/** Rows of every termbase the open project uses, live. */
export function useGlossaryRows(): GlossaryRow[] | undefined {
  const db = useDb();
  const projectId = useStore((s) => s.projectId);
  return useLiveQuery(async () => (projectId === null ? [] : loadGlossaryRows(db, projectId)), [db, projectId]);
}
