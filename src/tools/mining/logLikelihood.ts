function xlogx(x: number): number {
  return x > 0 ? x * Math.log(x) : 0;
}

/**
 * Dunning's log-likelihood ratio G² for a 2×2 contingency table: a = foreground documents
 * with the n-gram, b = foreground without, c = background with, d = background without.
 * Large when the n-gram is much more (or less) frequent in the foreground than chance.
 */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
  const n = a + b + c + d;
  return (
    2 *
    (xlogx(a) + xlogx(b) + xlogx(c) + xlogx(d) + xlogx(n) -
      xlogx(a + b) - xlogx(c + d) - xlogx(a + c) - xlogx(b + d))
  );
}
