/**
 * One bead of a sentence alignment: indices into the source and target sentence lists,
 * ascending. `[]` on one side means the other side's sentences have no counterpart.
 */
export interface AlignedPair {
  source: number[];
  target: number[];
}
