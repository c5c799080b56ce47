/**
 * `a` grown to hold index `n - 1` (at least doubled, so growing one at a time stays linear),
 * its values kept and the new tail zero. Scratch tables of the term checks grow this way.
 */
export function grownInt32(a: Int32Array, n: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(n, 2 * a.length));
  b.set(a);
  return b;
}
