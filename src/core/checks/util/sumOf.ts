/** Sum of `values`, or of `values[i]` for each index in `indices` when given. */
export function sumOf(values: number[], indices?: number[]): number {
  let s = 0;
  if (indices) for (let k = 0; k < indices.length; k++) s += values[indices[k]];
  else for (let k = 0; k < values.length; k++) s += values[k];
  return s;
}
