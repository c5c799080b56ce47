/** Variance of (target length − source length) per character, in English-character units. */
const S2 = 5;

/** Standard normal upper-tail probability ×2, i.e. P(|Z| ≥ |z|) (Abramowitz–Stegun 26.2.17). */
function twoSidedTail(z: number): number {
  const x = Math.abs(z);
  const t = 1 / (1 + 0.2316419 * x);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return 2 * 0.3989422804014327 * Math.exp((-x * x) / 2) * poly;
}

/**
 * The length part of a bead's cost in the aligner (Gale & Church 1993): −ln P(|Z| ≥ |δ|) for
 * source and target lengths l1, l2 (English characters), capped at 27.6.
 */
export function lengthCost(l1: number, l2: number): number {
  if (l1 === 0 && l2 === 0) return 0;
  const mean = (l1 + l2) / 2;
  const delta = (l2 - l1) / Math.sqrt(S2 * Math.max(mean, 1));
  const p = twoSidedTail(delta);
  return p > 1e-12 ? -Math.log(p) : 27.6;
}

/**
 * A lower bound of lengthCost without exp/log: twoSidedTail(z) ≤ 0.99999999895·e^(−z²/2)
 * (its polynomial is largest at z = 0), so −ln P ≥ z²/2; lengthCost caps at 27.6. Shrunk by
 * 1e-12 against rounding. Checked numerically: lengthCost − z²/2 ≥ 1.05e-9 for all z.
 */
export function lengthFloor(l1: number, l2: number): number {
  const d = l2 - l1;
  const half = ((d * d) / (S2 * Math.max((l1 + l2) / 2, 1)) / 2) * (1 - 1e-12);
  return half < 27.6 ? half : 27.6;
}
