/**
 * Open-addressing table from a word packed exactly into three integers → an id the caller
 * assigns. A word of at most 15 code units from a 38-symbol alphabet (a–z folded, 0–9, the
 * two apostrophes) is six bits a unit: units 1–5 in `a`, 6–10 in `b`, 11–15 in `c`, each
 * unit coded ≥ 1 so the length is part of the number. Equal numbers are equal words: no
 * hash collision to verify, no characters to compare.
 */
export class PackedWordTable {
  /** Four numbers a slot: a, b, c, id (0: empty). Read directly by `matchSource`'s scan loop. */
  slots: Int32Array;
  mask: number;
  private count = 0;

  constructor(bits = 12) {
    this.slots = new Int32Array(4 << bits);
    this.mask = (1 << bits) - 1;
  }

  /** Number of words held. */
  get size(): number {
    return this.count;
  }

  /** Six-bit code of a token's code unit (a–z, A–Z, 0–9, ', ’). */
  static code(c: number): number {
    const l = c | 0x20;
    if (l >= 0x61 && l <= 0x7a) return l - 0x60;
    if (c >= 0x30 && c <= 0x39) return c - 0x15;
    return c === 0x27 ? 37 : 38;
  }

  /** Slot hash of a packed word. */
  static hash(a: number, b: number, c: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ 0x5bd1e995, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    return h ^ (h >>> 13);
  }

  /** Id of the packed word (a, b, c), or 0. */
  find(a: number, b: number, c: number): number {
    const { slots, mask } = this;
    for (let p = PackedWordTable.hash(a, b, c) & mask; ; p = (p + 1) & mask) {
      const q = p * 4;
      const id = slots[q + 3];
      if (id === 0 || (slots[q] === a && slots[q + 1] === b && slots[q + 2] === c)) return id;
    }
  }

  /** Adds the packed word (a, b, c) (absent) with id `id` (> 0). */
  add(a: number, b: number, c: number, id: number): void {
    if (++this.count * 2 > this.mask) this.grow();
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
