import { matchSource, matchTarget, type CompiledGlossary, type SourceHit, type TargetHit } from '../../glossary';
import type { CheckUnit } from '../Check';

export interface UnitTerms {
  hasSource: boolean;
  sourceHits: SourceHit[];
  /** Source hits by concept id (every entry of a hit counts). */
  sourceByConcept: Map<string, SourceHit[]>;
  targetHits: TargetHit[];
}

/** Matches both sides of a unit once (the glossary memoises, so checks may call this freely). */
export function unitTerms(g: CompiledGlossary, unit: CheckUnit): UnitTerms {
  const hasSource = unit.source.trim().length > 0;
  const sourceHits = hasSource ? matchSource(g, unit.source) : [];
  const sourceByConcept = new Map<string, SourceHit[]>();
  for (const h of sourceHits) {
    for (const e of h.entries) {
      const list = sourceByConcept.get(e.conceptId);
      if (list) list.push(h);
      else sourceByConcept.set(e.conceptId, [h]);
    }
  }
  const targetHits = unit.target ? matchTarget(g, unit.target) : [];
  return { hasSource, sourceHits, sourceByConcept, targetHits };
}
