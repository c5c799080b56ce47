import { useLiveQuery } from 'dexie-react-hooks';
import { loadTermbaseStamp } from '../../db/glossary';
import { useStore } from '../../store';
import { useDb } from '../shell/DbContext';

/**
 * The open project's termbase stamp, live: it changes when an entry is added, edited or
 * deleted, or a termbase imported or removed (one small read, no entry loaded). Undefined
 * while loading or without a project.
 */
export function useTermbaseStamp(): { projectId: number; stamp: string } | undefined {
  const db = useDb();
  const projectId = useStore((s) => s.projectId);
  const got = useLiveQuery(async () => (projectId === null ? undefined : { projectId, stamp: await loadTermbaseStamp(db, projectId) }), [db, projectId]);
  return got && got.projectId === projectId ? got : undefined;
}
