import type { DuizhaoDB, FindingRecord } from '../db';
import { glossaryPages } from './glossaryPages';
import type { UnitRef } from './glossaryProtocol';
import { glossaryUnitRefs } from './glossaryUnitRefs';

const PAGE = 20_000;

/**
 * Units whose stored findings (the findings cache a full re-check writes) flag a concept or
 * a rendering with a terminology check: after "Approve", where the machine rendering is now
 * flagged. Read in pages; each unit once, in document order.
 */
export async function glossaryFlagged(db: DuizhaoDB, projectId: number, conceptId: string, wrong: string, progress?: (done: number, total: number) => void): Promise<UnitRef[]> {
  const keys = (await db.findings.where('projectId').equals(projectId).primaryKeys()) as number[];
  const hit = new Set<number>();
  await glossaryPages(db.findings, keys, PAGE, (rows: FindingRecord[], done) => {
    for (const f of rows) {
      const check = f.check as string | undefined;
      const target = f.target as { text?: string } | undefined;
      if (check?.startsWith('terminology.') && (f.termId === conceptId || target?.text === wrong)) hit.add(f.unitId);
    }
    progress?.(done, keys.length);
  });
  return glossaryUnitRefs(db, [...hit]);
}
