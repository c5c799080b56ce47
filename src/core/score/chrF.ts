/**
 * chrF (Popović 2015) with sacrebleu's defaults: character n-grams of order 1..6, no word
 * n-grams, β = 2, whitespace removed before counting. Precision and recall are averaged
 * over the orders that both sides have, then combined as F_β. Scale 0..100.
 * Characters are Unicode code points (as Python strings index them).
 */
export interface ChrFOptions {
  /** Highest character n-gram order (default 6). */
  order?: number;
  /** Recall weight (default 2). */
  beta?: number;
}

/** Per order n: [hypothesis n-grams, reference n-grams, matched n-grams]. Summable across sentences. */
export type ChrFStatistics = number[];

export function chrFStatistics(hypothesis: string, reference: string, order = 6): ChrFStatistics {
  const hyp = hypothesis.replace(/\s+/gu, '');
  const ref = reference.replace(/\s+/gu, '');
  const hypAt = codePointStarts(hyp);
  const refAt = codePointStarts(ref);
  const stats: number[] = [];
  for (let n = 1; n <= order; n++) {
    const h = ngramCounts(hyp, hypAt, n);
    const r = ngramCounts(ref, refAt, n);
    let match = 0;
    for (const [g, c] of h) {
      const rc = r.get(g);
      if (rc !== undefined) match += Math.min(c, rc);
    }
    const nh = hypAt.length - 1;
    const nr = refAt.length - 1;
    stats.push(Math.max(0, nh - n + 1), Math.max(0, nr - n + 1), match);
  }
  return stats;
}

export function chrFFromStatistics(stats: ChrFStatistics, beta = 2): number {
  let p = 0;
  let r = 0;
  let effective = 0;
  for (let i = 0; i + 2 < stats.length; i += 3) {
    const [nh, nr, m] = [stats[i], stats[i + 1], stats[i + 2]];
    if (nh > 0 && nr > 0) {
      p += m / nh;
      r += m / nr;
      effective += 1;
    }
  }
  if (effective === 0) return 0;
  p /= effective;
  r /= effective;
  if (p + r === 0) return 0;
  const b2 = beta * beta;
  return (100 * ((1 + b2) * p * r)) / (b2 * p + r);
}

/** Sentence chrF of `hypothesis` (e.g. the MT) against `reference` (e.g. the final text). */
export function chrF(hypothesis: string, reference: string, options: ChrFOptions = {}): number {
  return chrFFromStatistics(chrFStatistics(hypothesis, reference, options.order ?? 6), options.beta ?? 2);
}

/** UTF-16 offsets where each code point starts, plus the string length at the end. */
function codePointStarts(s: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    at.push(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) i++;
  }
  at.push(s.length);
  return at;
}

function ngramCounts(s: string, at: number[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n < at.length; i++) {
    const g = s.slice(at[i], at[i + n]);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}
