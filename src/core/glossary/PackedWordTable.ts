import { packedHash } from '../text/EnglishWords';

// read once: a CommonJS build (tsx, the CLI) reads imports through getters
const hashOf = packedHash;

/**
 * Open-addressing table from a word packed exactly into three integers → a non-zero value
 * the caller chooses. A word of at most 15 code units from a 38-symbol alphabet (a–z folded,
 * 0–9, the two apostrophes; codes as `EnglishWords` gives them) is six bits a unit: units
 * 1–5 in `a`, 6–10 in `b`, 11–15 in `c`, each unit coded ≥ 1 so the length is part of the
 * number. Equal numbers are equal words: no hash collision to verify, no characters to compare.
 */
export class PackedWordTable {
  /** Four numbers a slot: a, b, c, value (0: empty). Read directly by the word scan (EnglishWords). */
  slots: Int32Array;
  mask: number;
  /**
   * What the word scan (`EnglishWords.lookedUp`, which probes `slots` itself) takes as the
   * value of an all-digit word without looking it up; 0: look it up as any word.
   */
  digitValue = 0;
  private count = 0;

  constructor(bits = 12) {
    this.slots = new Int32Array(4 << bits);
    this.mask = (1 << bits) - 1;
  }

  /** Number of words held. */
  get size(): number {
    return this.count;
  }

  /** Slot hash of a packed word. */
  static hash(a: number, b: number, c: number): number {
    return hashOf(a, b, c);
  }

  /** Value of the packed word (a, b, c), or 0. */
  find(a: number, b: number, c: number): number {
    const { slots, mask } = this;
    for (let p = PackedWordTable.hash(a, b, c) & mask; ; p = (p + 1) & mask) {
      const q = p * 4;
      const id = slots[q + 3];
      if (id === 0 || (slots[q] === a && slots[q + 1] === b && slots[q + 2] === c)) return id;
    }
  }

  /** Adds the packed word (a, b, c) (absent) with value `id` (≠ 0). */
  add(a: number, b: number, c: number, id: number): void {
    if (++this.count * 3 > this.mask * 2) this.grow(); // at most two thirds full
    this.place(a, b, c, id);
  }

  /** Forgets every word. */
  clear(): void {
    this.count = 0;
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
