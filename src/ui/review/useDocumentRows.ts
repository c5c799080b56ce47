import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef } from 'react';
import { getDocumentUnits, type CurrentUnit } from '../../db';
import { useDb } from '../shell/DbContext';
import { buildRows, type AlignCacheEntry, type ReviewRow } from './buildRows';
import { useAligner } from './useAligner';

/** Units (current texts, live) and their aligned sentence rows for one document (units undefined while loading). */
export function useDocumentRows(documentId: number | null): { units: CurrentUnit[] | undefined; rows: ReviewRow[] } {
  const db = useDb();
  // useLiveQuery keeps the previous result while a new query runs: tag results with their
  // document so another document's rows are never shown under this one's heading.
  const result = useLiveQuery(
    async () => ({ documentId, units: documentId === null ? [] : await getDocumentUnits(db, documentId) }),
    [db, documentId],
  );
  const units = result && result.documentId === documentId ? result.units : undefined;
  const cache = useRef(new Map<number, AlignCacheEntry>());
  const align = useAligner();
  const rows = useMemo(() => (units && align ? buildRows(units, align, cache.current) : []), [units, align]);
  return { units: align ? units : undefined, rows };
}
