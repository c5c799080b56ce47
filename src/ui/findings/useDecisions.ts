import { useLiveQuery } from 'dexie-react-hooks';
import { currentDecisions, type CurrentUnit, type DecisionRecord } from '../../db';
import { useDb } from '../shell/DbContext';

/** Current decisions (dismissed / confirmed / applied) per finding key for the shown units, live. */
export function useDecisions(units: CurrentUnit[] | undefined): Map<string, DecisionRecord> | undefined {
  const db = useDb();
  const ids = units ? units.map((u) => u.unit.id).join(',') : null;
  return useLiveQuery(
    () => (ids === null ? undefined : currentDecisions(db, ids ? ids.split(',').map(Number) : [])),
    [db, ids],
  );
}
