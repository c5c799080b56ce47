import type { CheckUnit } from '../Check';
import { alignedPairs, diagonalAlignmentOk, sourceSpans, targetSpans } from '../util/unitCache';

/**
 * Whether the target offset lies in the target sentences aligned with the source sentence
 * holding the source offset (acronym.expansion: the source's definition is translated there).
 * Diagonal units (diagonalAlignmentOk: most) pair sentence k with the k-th run of target
 * sentences joined by ；/;, with no alignment made; the others use the sentence alignment
 * (asked only for a finding). True when an offset lies in no sentence (nothing to say).
 */
export function alignedWith(unit: CheckUnit, sourceAt: number, targetAt: number): boolean {
  const sb = sourceSpans(unit).bounds;
  const tb = targetSpans(unit).bounds;
  const k = sentenceAt(sb, sourceAt);
  const j = sentenceAt(tb, targetAt);
  if (k < 0 || j < 0) return true;
  if (diagonalAlignmentOk(unit)) {
    const t = unit.target;
    const count = tb.length / 2;
    let group = 0;
    for (let i = 0; i < j; i++) if (!endsInSemicolon(t, tb[2 * i + 1])) group++;
    return group === k || count === 0;
  }
  for (const p of alignedPairs(unit)) if (p.source.includes(k)) return p.target.includes(j);
  return true;
}

/** The index of the sentence (bounds: start, end pairs) holding offset `at`, −1 for none. */
function sentenceAt(bounds: number[], at: number): number {
  for (let i = 0; 2 * i < bounds.length; i++) if (at >= bounds[2 * i] && at < bounds[2 * i + 1]) return i;
  return -1;
}

function endsInSemicolon(t: string, end: number): boolean {
  const c = t.charCodeAt(end - 1);
  return c === 0xff1b || c === 0x3b;
}
