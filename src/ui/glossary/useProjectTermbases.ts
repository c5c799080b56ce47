import { useMemo } from 'react';
import { storedTermbases, type StoredTermbases } from '../review';
import { useDb } from '../shell/DbContext';
import { useTermbaseStamp } from './useTermbaseStamp';

/**
 * The open project's own and imported termbases, by reference, live: `key` is their stamp
 * (one small read of the termbase records, no entry loaded on the main thread), so an
 * approved candidate or an edited entry changes it and every view that checks with it
 * re-checks; the check engine reads and compiles the entries itself (checkOffThread).
 * Undefined while loading or without a project.
 */
export function useProjectTermbases(): StoredTermbases | undefined {
  const db = useDb();
  const tb = useTermbaseStamp();
  const projectId = tb?.projectId;
  const stamp = tb?.stamp;
  // Same project and stamp → same object, so effects keyed on it do not re-run.
  return useMemo(
    () => (projectId === undefined || stamp === undefined ? undefined : storedTermbases(db, projectId, stamp)),
    [db, projectId, stamp],
  );
}
