import { findingKey, type Finding } from '../../core/model';
import type { DecisionRecord } from '../../db';

/**
 * A finding's identity without offsets: check, unit, side, text, suggestion and which
 * occurrence it is (nth among the unit's findings with the same five). An edit elsewhere in
 * the unit shifts offsets — and so `findingKey` — but not this.
 */
export function looseKey(f: Finding, nth: number): string {
  const span = f.target ?? f.source;
  return `${f.check}|${f.unitId}|${f.target ? 't' : 's'}:${span?.text ?? ''}|${f.suggestion ?? ''}#${nth}`;
}

export interface DecisionLookup {
  /** The current decision on a finding: by its key, else (its text moved) by its loose key. */
  of: (f: Finding) => DecisionRecord | undefined;
  /** The loose key of a listed finding (stored with a new decision). */
  loose: (f: Finding) => string;
}

/** Builds the lookup for one list of findings (linear in findings + decisions). */
export function decisionLookup(findings: readonly Finding[], decisions: Map<string, DecisionRecord> | undefined): DecisionLookup {
  const nth = new Map<Finding, number>();
  const seen = new Map<string, number>();
  const ordered = [...findings].sort((a, b) => ((a.target ?? a.source)?.start ?? 0) - ((b.target ?? b.source)?.start ?? 0));
  for (const f of ordered) {
    const base = looseKey(f, 0);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    nth.set(f, n);
  }
  const present = new Set(findings.map((f) => findingKey(f)));
  const byLoose = new Map<string, DecisionRecord>();
  for (const d of decisions?.values() ?? []) {
    // Only decisions whose exact finding is gone may match by loose key.
    if (typeof d.looseKey === 'string' && !present.has(d.findingKey)) byLoose.set(d.looseKey, d);
  }
  const loose = (f: Finding) => looseKey(f, nth.get(f) ?? 0);
  return {
    of: (f) => decisions?.get(findingKey(f)) ?? byLoose.get(loose(f)),
    loose,
  };
}
