/**
 * Sample size needed to estimate a proportion within ±`margin` (e.g. 0.05) at confidence z:
 * n₀ = z²·p(1−p)/margin², with p = 0.5 the worst case. With a finite `population` N the
 * finite-population correction applies: n = n₀ / (1 + (n₀ − 1)/N). Rounded up; never more
 * than the population. ±5% at 95% → 385; of 1,000 units → 278.
 */
export function sampleSizeForMargin(margin: number, p = 0.5, z = 1.96, population?: number): number {
  if (!(margin > 0 && margin < 1)) throw new RangeError(`sampleSizeForMargin: the margin must be between 0 and 1 (e.g. 0.05 for ±5%), got ${margin}.`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`sampleSizeForMargin: the expected proportion must be between 0 and 1, got ${p}.`);
  const n0 = (z * z * p * (1 - p)) / (margin * margin);
  // Guard against 384.00000000000006 → 385 from floating-point noise.
  const up = (x: number) => Math.ceil(x - 1e-9);
  if (population === undefined) return Math.max(1, up(n0));
  if (population <= 0) return 0;
  const n = n0 / (1 + (n0 - 1) / population);
  return Math.min(population, Math.max(1, up(n)));
}
