import { seededRandom } from './seededRandom';

export interface SampleOptions<T> {
  /**
   * Stratum of an item (document id, 'flagged' / 'unflagged' …). Each stratum gets a share
   * of `n` proportional to its size (largest remainders, ties to the larger stratum, then
   * by key), and is sampled with its own seed so strata do not disturb each other.
   */
  stratifyBy?: (item: T) => string;
}

/**
 * A reproducible random sample of `n` items without replacement (partial Fisher–Yates
 * driven by `seededRandom(seed)`). The same items, n and seed always give the same sample.
 * Items come back in their original order (reviewers read in document order); all items
 * when n ≥ items.length.
 */
export function seededSample<T>(items: readonly T[], n: number, seed: string, options: SampleOptions<T> = {}): T[] {
  const k = Math.max(0, Math.floor(n));
  if (k >= items.length) return items.slice();
  if (!options.stratifyBy) return pick(items.map((_, i) => i), k, seed).map((i) => items[i]);
  const strata = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = options.stratifyBy!(item);
    const list = strata.get(key);
    if (list) list.push(i);
    else strata.set(key, [i]);
  });
  const keys = [...strata.keys()].sort();
  const quotas = keys.map((key) => {
    const exact = (k * strata.get(key)!.length) / items.length;
    return { key, take: Math.floor(exact), rest: exact - Math.floor(exact), size: strata.get(key)!.length };
  });
  let left = k - quotas.reduce((s, q) => s + q.take, 0);
  const byRemainder = [...quotas].sort((a, b) => b.rest - a.rest || b.size - a.size || (a.key < b.key ? -1 : 1));
  for (const q of byRemainder) {
    if (left === 0) break;
    q.take += 1;
    left -= 1;
  }
  const chosen: number[] = [];
  for (const q of quotas) chosen.push(...pick(strata.get(q.key)!, q.take, `${seed}\u0000${q.key}`));
  return chosen.sort((a, b) => a - b).map((i) => items[i]);
}

/** k indices out of `pool`, sorted. */
function pick(pool: number[], k: number, seed: string): number[] {
  const rand = seededRandom(seed);
  const a = pool.slice();
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (a.length - i));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, k).sort((x, y) => x - y);
}
