import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { getDocumentUnits, type CurrentUnit } from '../../db';
import { useDb } from '../shell/DbContext';
import { buildRowsIncrementally, type AlignCacheEntry, type ReviewRow } from './buildRows';
import { useAligner } from './useAligner';

/** New units aligned per pass (about 10–40 ms of work). */
const ALIGN_SLICE = 150;

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
  // Long documents are aligned a slice at a time between frames, so the page never stalls;
  // each pass aligns up to ALIGN_SLICE more units and re-renders.
  const [pass, setPass] = useState(0);
  const built = useMemo(
    () => (units && align ? buildRowsIncrementally(units, align, cache.current, { maxNewAlignments: ALIGN_SLICE }) : { rows: [], pending: 0 }),
    [units, align, pass], // `pass` re-runs the build to align the next slice
  );
  useEffect(() => {
    if (!built.pending) return;
    const t = setTimeout(() => setPass((p) => p + 1), 0);
    return () => clearTimeout(t);
  }, [built]);
  return { units: align ? units : undefined, rows: built.rows };
}
