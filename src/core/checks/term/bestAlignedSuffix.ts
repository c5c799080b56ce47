import type { PositionSet } from './findTargetAcronyms';

/**
 * Where a rendering of `expected` most likely starts in text[runStart, end): the suffix whose
 * Dice similarity (by longest common subsequence) with `expected` is highest, lengths within
 * ±4 of the expected length; the start is then moved back to a word boundary of `allowed`
 * when one lies at most 2 characters before it (成员关系推断攻击, not 系推断攻击).
 * Returns the start and the score (0..1).
 */
export function bestAlignedSuffix(
  text: string, runStart: number, end: number, expected: string, allowed?: PositionSet,
): { start: number; score: number } {
  let best = { start: Math.max(runStart, end - expected.length), score: -1 };
  const minLen = Math.max(1, expected.length - 4);
  const maxLen = Math.min(end - runStart, expected.length + 4);
  for (let len = minLen; len <= maxLen; len++) {
    const cand = text.slice(end - len, end);
    const score = (2 * lcs(cand, expected)) / (cand.length + expected.length);
    if (score > best.score) best = { start: end - len, score };
  }
  if (allowed && !allowed.has(best.start)) {
    for (let back = 1; back <= 2 && best.start - back >= runStart; back++) {
      if (allowed.has(best.start - back)) return { start: best.start - back, score: best.score };
    }
  }
  return best;
}

function lcs(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1).fill(0);
  const cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    for (let j = 0; j <= b.length; j++) prev[j] = cur[j];
  }
  return prev[b.length];
}
