import { readProjectFindings, type DuizhaoDB } from '../db';
import type { UnitRef } from './glossaryProtocol';
import { glossaryUnitRefs } from './glossaryUnitRefs';

/**
 * Units whose stored findings (the findings cache a full re-check writes) flag a concept or
 * a rendering with a terminology check: after "Approve", where the machine rendering is now
 * flagged. Read in pages; each unit once, in document order.
 */
export async function glossaryFlagged(db: DuizhaoDB, projectId: number, conceptId: string, wrong: string, progress?: (done: number, total: number) => void): Promise<UnitRef[]> {
  const hit = new Set<number>();
  await readProjectFindings(db, projectId, (rows, done, chunks) => {
    for (const f of rows) {
      if (f.check.startsWith('terminology.') && (f.termId === conceptId || f.target?.text === wrong)) hit.add(f.unitId);
    }
    progress?.(done, chunks);
  });
  return glossaryUnitRefs(db, [...hit]);
}
