import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { loadProjectTermbases, type ProjectTermbases } from '../../db/glossary';
import { useStore } from '../../store';
import { useDb } from '../shell/DbContext';

const NONE: ProjectTermbases = { termbases: [], key: '' };

/**
 * The open project's own and imported termbases, live: an approved candidate or an edited
 * entry changes `key`, and every view that checks with it re-checks. Undefined while loading.
 */
export function useProjectTermbases(): ProjectTermbases | undefined {
  const db = useDb();
  const projectId = useStore((s) => s.projectId);
  const loaded = useLiveQuery(
    async () => (projectId === null ? { projectId, tb: NONE } : { projectId, tb: await loadProjectTermbases(db, projectId) }),
    [db, projectId],
  );
  const current = loaded && loaded.projectId === projectId ? loaded.tb : undefined;
  const key = current?.key;
  // Same key → same object, so effects keyed on it do not re-run.
  return useMemo(() => current, [key, current === undefined]); // eslint-disable-line react-hooks/exhaustive-deps
}
