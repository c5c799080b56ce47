import type { RevisionRecord, UnitRecord } from './records';

/** A unit with the texts a reviewer sees now: newest revision per side, else as imported. */
export interface CurrentUnit {
  unit: UnitRecord;
  source: string;
  target: string;
  /** Newest revision per side, when there is one. */
  sourceRevision?: RevisionRecord;
  targetRevision?: RevisionRecord;
}

/**
 * Combines units with their revisions (any order). Newest = highest id: ids grow with
 * every append, so this is also insertion order even when clocks disagree.
 */
export function toCurrentUnits(units: UnitRecord[], revisions: RevisionRecord[]): CurrentUnit[] {
  const newest = new Map<string, RevisionRecord>();
  for (const r of revisions) {
    const k = `${r.unitId}:${r.side}`;
    const prev = newest.get(k);
    if (!prev || r.id > prev.id) newest.set(k, r);
  }
  return units.map((unit) => {
    const s = newest.get(`${unit.id}:source`);
    const t = newest.get(`${unit.id}:target`);
    return {
      unit,
      source: s ? s.text : unit.source,
      target: t ? t.text : unit.target,
      ...(s ? { sourceRevision: s } : {}),
      ...(t ? { targetRevision: t } : {}),
    };
  });
}
