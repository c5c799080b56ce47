/**
 * Levenshtein distance between two strings, counted in Unicode code points
 * (insertions, deletions and substitutions cost 1). Common prefix and suffix are
 * stripped, then the matrix is computed only in a diagonal band that doubles until the
 * distance fits inside it (Ukkonen): O((n + m) · d) for distance d, so a few edits to a
 * long abstract stay cheap, and never worse than the full O(n · m) matrix.
 */
export function charEditDistance(a: string, b: string): number {
  if (a === b) return 0;
  let x = Array.from(a);
  let y = Array.from(b);
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--;
    endY--;
  }
  x = x.slice(start, endX);
  y = y.slice(start, endY);
  if (x.length < y.length) [x, y] = [y, x];
  if (y.length === 0) return x.length;
  const diff = x.length - y.length;
  for (let k = Math.max(diff, 8); ; k *= 2) {
    if (k >= x.length) return banded(x, y, x.length);
    const d = banded(x, y, k);
    if (d <= k) return d;
  }
}

/** Edit distance restricted to cells with |i − j| ≤ k; exact whenever the result is ≤ k. */
function banded(x: string[], y: string[], k: number): number {
  const n = x.length;
  const m = y.length;
  const INF = n + m + 1;
  let prev = new Int32Array(m + 1).fill(INF);
  let cur = new Int32Array(m + 1).fill(INF);
  for (let j = 0; j <= Math.min(m, k); j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(m, i + k);
    cur.fill(INF, Math.max(0, lo - 1), Math.min(m, hi + 1) + 1);
    if (i <= k) cur[0] = i;
    const xi = x[i - 1];
    for (let j = lo; j <= hi; j++) {
      const sub = prev[j - 1] + (xi === y[j - 1] ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m];
}
