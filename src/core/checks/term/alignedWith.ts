import type { CheckUnit } from '../Check';
import { alignedPairs, diagonalAlignmentOk, diagonalSourceOf, sentenceIndexAt, sourceSpans, targetSpans } from '../util/unitCache';

/**
 * Whether the target offset lies in the target sentences aligned with the source sentence
 * holding the source offset (acronym.expansion: the source's definition is translated there).
 * Diagonal units (diagonalAlignmentOk: most) pair sentence k with the k-th run of target
 * sentences joined by ；/;, with no alignment made; the others use the sentence alignment
 * (asked only for a finding). True when an offset lies in no sentence (nothing to say).
 */
export function alignedWith(unit: CheckUnit, sourceAt: number, targetAt: number): boolean {
  const k = sentenceIndexAt(sourceSpans(unit).bounds, sourceAt);
  const j = sentenceIndexAt(targetSpans(unit).bounds, targetAt);
  if (k < 0 || j < 0) return true;
  if (diagonalAlignmentOk(unit)) return diagonalSourceOf(unit, j) === k;
  for (const p of alignedPairs(unit)) if (p.source.includes(k)) return p.target.includes(j);
  return true;
}
