/**
 * A table of packed words the scan looks each word up in (the term matcher's
 * `PackedWordTable`): two open-addressing tables of four numbers a slot, the packed word
 * (a, b, c) and its value (0: an empty slot), at `packedHash(a, b, c) & mask` or after it; a
 * word is in `hot` or in `slots`.
 */
export interface PackedWordLookup {
  readonly hot: Int32Array;
  readonly hotMask: number;
  /** Bit (hash >>> 16) set for every word in `hot`: a word without its bit is not there. */
  readonly hotFilter: Uint32Array;
  readonly slots: Int32Array;
  readonly mask: number;
  /** The value of every all-digit word, not looked up (0: look them up as any word). */
  readonly digitValue: number;
  /** Value bits that make a word a candidate (see `EnglishWords.cand`; 0: none). */
  readonly candidateMask: number;
}

/** Looks nothing up: every value 0. */
export const NO_LOOKUP: PackedWordLookup = { hot: new Int32Array(4), hotMask: 0, hotFilter: new Uint32Array(2048), slots: new Int32Array(4), mask: 0, digitValue: 0, candidateMask: 0 };

/**
 * The value of the packed word (a, b, c) in `t` (0: not there). The small table is read only
 * when the word's bit is set in its filter.
 */
export function valueIn(t: PackedWordLookup, a: number, b: number, d: number): number {
  const h = hash3(a, b, d);
  if (((t.hotFilter[h >>> 21] >>> ((h >>> 16) & 31)) & 1) !== 0) {
    const hot = t.hot;
    const hotMask = t.hotMask;
    for (let p = h & hotMask; ; p = (p + 1) & hotMask) {
      const q = p << 2;
      const id = hot[q + 3];
      if (id === 0) break;
      if (hot[q] === a && hot[q + 1] === b && hot[q + 2] === d) return id;
    }
  }
  const slots = t.slots;
  const mask = t.mask;
  for (let p = h & mask; ; p = (p + 1) & mask) {
    const q = p << 2;
    const id = slots[q + 3];
    if (id === 0 || (slots[q] === a && slots[q + 1] === b && slots[q + 2] === d)) return id;
  }
}

/** `PackedWordTable.hash` (the same function: the matcher probes that table with it). */
export function packedHash(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ 0x5bd1e995, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 13);
}

const hash3 = packedHash;
