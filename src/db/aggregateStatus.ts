import type { UnitStatus } from '../core/model';

/**
 * Status of a document from its units: the most urgent one wins
 * ("source missing" before "translation missing" before "machine translated").
 */
export function aggregateStatus(statuses: Iterable<UnitStatus>): UnitStatus {
  let result: UnitStatus = 'machine translated';
  for (const s of statuses) {
    if (s === 'source missing') return s;
    if (s === 'translation missing') result = s;
  }
  return result;
}

/** The same from the counts kept on a document record. */
export function statusFromCounts(missingSource: number, missingTarget: number): UnitStatus {
  if (missingSource > 0) return 'source missing';
  if (missingTarget > 0) return 'translation missing';
  return 'machine translated';
}
