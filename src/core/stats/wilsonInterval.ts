/**
 * Wilson score interval for a proportion (Wilson 1927): the error rate estimated from a
 * spot-check of `n` items with `failures` failed, at confidence z (1.96 ≈ 95%). Unlike
 * the normal approximation it stays inside [0, 1] and behaves for 0 or n failures.
 * With n = 0 nothing is known: estimate 0, interval [0, 1].
 */
export interface ProportionInterval {
  estimate: number;
  lower: number;
  upper: number;
  n: number;
  z: number;
}

export function wilsonInterval(failures: number, n: number, z = 1.96): ProportionInterval {
  if (!Number.isFinite(n) || n < 0 || !Number.isFinite(failures) || failures < 0 || failures > n) {
    throw new RangeError(`wilsonInterval: need 0 ≤ failures ≤ n, got ${failures} of ${n}.`);
  }
  if (n === 0) return { estimate: 0, lower: 0, upper: 1, n, z };
  const p = failures / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    estimate: p,
    lower: failures === 0 ? 0 : Math.max(0, centre - half),
    upper: failures === n ? 1 : Math.min(1, centre + half),
    n,
    z,
  };
}
