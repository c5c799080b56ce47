import { packedHash } from '../text/PackedWordLookup';

// read once: a CommonJS build (tsx, the CLI) reads imports through getters
const hashOf = packedHash;

/**
 * Open-addressing table from a word packed exactly into three integers → a non-zero value
 * the caller chooses. A word of at most 15 code units from a 38-symbol alphabet (a–z folded,
 * 0–9, the two apostrophes; codes as `EnglishWords` gives them) is six bits a unit: units
 * 1–5 in `a`, 6–10 in `b`, 11–15 in `c`, each unit coded ≥ 1 so the length is part of the
 * number. Equal numbers are equal words: no hash collision to verify, no characters to compare.
 *
 * Two tiers: the first words added (at most half of `2^hotBits` slots) go to a small
 * table that never grows, the rest to one that grows. The first words of a corpus are mostly
 * its common ones (function words, the field's vocabulary): most look-ups end in the small
 * table, which stays in the processor's near caches between units where the whole table
 * (512 KB after the 3,287 real abstracts) would not. A word is in one tier only. A bit set
 * over 16 bits of the hash (8 KB) marks the small table's words: the others (a few percent of
 * them aside) go straight to the large table, without a failed look-up in the small one.
 */
export class PackedWordTable {
  /** The first words: four numbers a slot, a, b, c, value (0: empty). Read directly by the word scan (EnglishWords). */
  readonly hot: Int32Array;
  readonly hotMask: number;
  /** Bit (hash >>> 16) set for every word in `hot` (see `hotHas`). */
  readonly hotFilter = new Uint32Array(2048);
  /** The other words, as `hot`. */
  slots: Int32Array;
  mask: number;
  /**
   * What the word scan (`EnglishWords.lookedUp`, which probes `slots` itself) takes as the
   * value of an all-digit word without looking it up; 0: look it up as any word.
   */
  digitValue = 0;
  /** Value bits that make a word a candidate for the word scan's list (`EnglishWords.cand`). */
  candidateMask = 0;
  private count = 0;
  private hotCount = 0;
  private readonly hotMax: number;

  /** `bits`: the large table's first size; `hotBits`: the small one's (0: no small table). */
  constructor(bits = 12, hotBits = 0) {
    this.slots = new Int32Array(4 << bits);
    this.mask = (1 << bits) - 1;
    this.hot = new Int32Array(4 << hotBits);
    this.hotMask = (1 << hotBits) - 1;
    // at most half full: a word of the large table is looked for here first, and a look-up
    // that fails ends sooner in a half-full table (about 2.5 slots, against 5 at two thirds)
    this.hotMax = hotBits > 0 ? (this.hotMask + 1) >> 1 : 0;
  }

  /** Number of words held. */
  get size(): number {
    return this.count + this.hotCount;
  }

  /** Slot hash of a packed word. */
  static hash(a: number, b: number, c: number): number {
    return hashOf(a, b, c);
  }

  /** Value of the packed word (a, b, c), or 0. */
  find(a: number, b: number, c: number): number {
    const h = PackedWordTable.hash(a, b, c);
    const { hot, hotMask, hotFilter } = this;
    const f = h >>> 16;
    if (((hotFilter[f >> 5] >>> (f & 31)) & 1) !== 0) {
      for (let p = h & hotMask; ; p = (p + 1) & hotMask) {
        const q = p * 4;
        const id = hot[q + 3];
        if (id === 0) break;
        if (hot[q] === a && hot[q + 1] === b && hot[q + 2] === c) return id;
      }
    }
    const { slots, mask } = this;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const q = p * 4;
      const id = slots[q + 3];
      if (id === 0 || (slots[q] === a && slots[q + 1] === b && slots[q + 2] === c)) return id;
    }
  }

  /** Adds the packed word (a, b, c) (absent) with value `id` (≠ 0). */
  add(a: number, b: number, c: number, id: number): void {
    if (this.hotCount < this.hotMax) {
      this.hotCount++;
      const { hot, hotMask } = this;
      const h = PackedWordTable.hash(a, b, c);
      this.hotFilter[h >>> 21] |= 1 << ((h >>> 16) & 31);
      let p = h & hotMask;
      while (hot[p * 4 + 3] !== 0) p = (p + 1) & hotMask;
      hot[p * 4] = a;
      hot[p * 4 + 1] = b;
      hot[p * 4 + 2] = c;
      hot[p * 4 + 3] = id;
      return;
    }
    if (++this.count * 3 > this.mask * 2) this.grow(); // at most two thirds full
    this.place(a, b, c, id);
  }

  /** Forgets every word. */
  clear(): void {
    this.count = 0;
    this.hotCount = 0;
    this.hot.fill(0);
    this.hotFilter.fill(0);
    this.slots.fill(0);
  }

  private place(a: number, b: number, c: number, id: number): void {
    const { slots, mask } = this;
    let p = PackedWordTable.hash(a, b, c) & mask;
    while (slots[p * 4 + 3] !== 0) p = (p + 1) & mask;
    slots[p * 4] = a;
    slots[p * 4 + 1] = b;
    slots[p * 4 + 2] = c;
    slots[p * 4 + 3] = id;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = old.length / 2 - 1;
    for (let q = 0; q < old.length; q += 4) if (old[q + 3] !== 0) this.place(old[q], old[q + 1], old[q + 2], old[q + 3]);
  }
}
