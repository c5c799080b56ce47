/**
 * Open-addressing hash table of case-folded word forms → integer ids the caller assigns,
 * looked up straight from a text range (or two ranges: a hyphenated pair written solid)
 * with a hash the caller computed, so running text is matched without slicing a substring
 * per word. The forms' code units are kept in one pool (no strings: a form sliced from a
 * long text would keep the whole text alive). Only ASCII A–Z are folded.
 */
export class WordFormTable {
  /** Four numbers a slot: mixed hash, id (0: empty; any other number), pool offset, length. */
  private slots: Int32Array;
  private mask: number;
  private pool = new Uint16Array(4096);
  private poolEnd = 0;
  private count = 0;

  constructor(bits = 10) {
    this.slots = new Int32Array(4 << bits);
    this.mask = (1 << bits) - 1;
  }

  /** Number of forms held. */
  get size(): number {
    return this.count;
  }

  /** One step of the rolling hash over (folded) code units; start from 0, finish with `mix`. */
  static step(h: number, c: number): number {
    return (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
  }

  /** The rolling hash finalised (what `find`/`add` take). */
  static mix(h: number): number {
    h ^= h >>> 16;
    h = Math.imul(h, 0x7feb352d);
    h ^= h >>> 15;
    h = Math.imul(h, 0x846ca68b);
    return (h ^ (h >>> 16)) | 0;
  }

  /** Id of the folded text[s1,e1) + text[s2,e2) (mixed hash h), or 0 when absent. */
  find(text: string, s1: number, e1: number, s2: number, e2: number, h: number): number {
    const { slots, mask, pool } = this;
    const len = e1 - s1 + (e2 - s2);
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const q = p * 4;
      const id = slots[q + 1];
      if (id === 0) return 0;
      if (slots[q] !== h || slots[q + 3] !== len) continue;
      let o = slots[q + 2];
      let i = s1;
      for (; i < e1; i++, o++) if (fold(text.charCodeAt(i)) !== pool[o]) break;
      if (i < e1) continue;
      for (i = s2; i < e2; i++, o++) if (fold(text.charCodeAt(i)) !== pool[o]) break;
      if (i === e2) return id;
    }
  }

  /** Adds the form text[s1,e1) + text[s2,e2) (absent) under mixed hash h with id `id` (≠ 0). */
  add(text: string, s1: number, e1: number, s2: number, e2: number, h: number, id: number): void {
    const len = e1 - s1 + (e2 - s2);
    if (this.poolEnd + len > this.pool.length) {
      const p = new Uint16Array(Math.max(this.pool.length * 2, this.poolEnd + len));
      p.set(this.pool);
      this.pool = p;
    }
    const off = this.poolEnd;
    for (let i = s1; i < e1; i++) this.pool[this.poolEnd++] = fold(text.charCodeAt(i));
    for (let i = s2; i < e2; i++) this.pool[this.poolEnd++] = fold(text.charCodeAt(i));
    if (++this.count * 2 > this.mask) this.grow();
    this.place(h, id, off, len);
  }

  /** Forgets every form. */
  clear(): void {
    this.count = 0;
    this.poolEnd = 0;
    this.slots.fill(0);
  }

  private place(h: number, id: number, off: number, len: number): void {
    const { slots, mask } = this;
    let p = h & mask;
    while (slots[p * 4 + 1] !== 0) p = (p + 1) & mask;
    slots[p * 4] = h;
    slots[p * 4 + 1] = id;
    slots[p * 4 + 2] = off;
    slots[p * 4 + 3] = len;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = old.length / 2 - 1;
    for (let q = 0; q < old.length; q += 4) if (old[q + 1] !== 0) this.place(old[q], old[q + 1], old[q + 2], old[q + 3]);
  }
}

function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
