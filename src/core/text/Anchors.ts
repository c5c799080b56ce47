/**
 * Anchor ids: the strong tokens of both sides, interned by their key (numbers without commas,
 * words lower-cased). Tokens are compared where they stand in their text: an open-addressing
 * table on the token's hash, a hash match confirmed character by character, so no string is
 * built. One instance is reset and reused from unit to unit (the aligner is synchronous).
 */
export class Anchors {
  /** Number of anchors (ids are 0 … count − 1). */
  count = 0;
  /** Slot → id + 1 (0 = empty). */
  private table = new Int32Array(64);
  private slotMask = 63;
  /** Per id: the token's hash, where its first occurrence stands, and whether it is a number. */
  private hashes = new Int32Array(32);
  private starts = new Int32Array(32);
  private ends = new Int32Array(32);
  private numbers = new Uint8Array(32);
  private texts: string[] = [];

  /** Forget every anchor. */
  reset(): void {
    if (this.count > 0) this.table.fill(0);
    this.count = 0;
  }

  /** The id of the token text[start, end) (hash as tokenHash gives it), added when new. */
  intern(text: string, start: number, end: number, hash: number, number: boolean): number {
    let slot = (hash ^ (hash >>> 15)) & this.slotMask;
    for (;;) {
      const id = this.table[slot] - 1;
      if (id < 0) break;
      if (this.hashes[id] === hash && this.numbers[id] === (number ? 1 : 0) && sameKey(this.texts[id], this.starts[id], this.ends[id], text, start, end, number)) return id;
      slot = (slot + 1) & this.slotMask;
    }
    const id = this.count++;
    if (id === this.hashes.length) this.growIds();
    this.hashes[id] = hash;
    this.starts[id] = start;
    this.ends[id] = end;
    this.numbers[id] = number ? 1 : 0;
    this.texts[id] = text;
    this.table[slot] = id + 1;
    if (this.count * 2 > this.table.length) this.rehash();
    return id;
  }

  /** The anchor id of the token text[start, end), or -1. */
  find(text: string, start: number, end: number, hash: number, number: boolean): number {
    let slot = (hash ^ (hash >>> 15)) & this.slotMask;
    for (;;) {
      const id = this.table[slot] - 1;
      if (id < 0) return -1;
      if (this.hashes[id] === hash && this.numbers[id] === (number ? 1 : 0) && sameKey(this.texts[id], this.starts[id], this.ends[id], text, start, end, number)) return id;
      slot = (slot + 1) & this.slotMask;
    }
  }

  private growIds(): void {
    const n = this.hashes.length * 2;
    this.hashes = grown(this.hashes, new Int32Array(n));
    this.starts = grown(this.starts, new Int32Array(n));
    this.ends = grown(this.ends, new Int32Array(n));
    this.numbers = grown(this.numbers, new Uint8Array(n));
  }

  private rehash(): void {
    const size = this.table.length * 2;
    this.table = new Int32Array(size);
    this.slotMask = size - 1;
    for (let id = 0; id < this.count; id++) {
      const h = this.hashes[id];
      let slot = (h ^ (h >>> 15)) & this.slotMask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.slotMask;
      this.table[slot] = id + 1;
    }
  }
}

function grown<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** A–Z to a–z; other code units unchanged (tokens hold ASCII letters, digits, - ' ’ . , only). */
function fold(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
}

/**
 * Do two tokens have the same key? Words: the same characters with A–Z folded (what
 * toLowerCase does to the characters a token can hold). Numbers: the same characters once
 * commas are dropped ("3,287" = "3287").
 */
function sameKey(a: string, as: number, ae: number, b: string, bs: number, be: number, number: boolean): boolean {
  if (!number) {
    if (ae - as !== be - bs) return false;
    for (let k = 0; k < ae - as; k++) {
      const x = a.charCodeAt(as + k);
      const y = b.charCodeAt(bs + k);
      if (x !== y && fold(x) !== fold(y)) return false;
    }
    return true;
  }
  let i = as;
  let j = bs;
  for (;;) {
    while (i < ae && a.charCodeAt(i) === 0x2c) i++;
    while (j < be && b.charCodeAt(j) === 0x2c) j++;
    if (i >= ae || j >= be) return i >= ae && j >= be;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
}
