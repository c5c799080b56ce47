/** Anchor ids: strong tokens of both sides, interned by string; hash → id for the lookups. */
export class Anchors {
  readonly ids = new Map<string, number>();
  readonly keys: string[] = [];
  readonly hashes: number[] = [];
  /** Open-addressing table of anchor hashes: slot → id + 1 (0 = empty); built by `seal`. */
  private table = new Int32Array(0);
  private slotMask = 0;
  /** Two different anchors share a hash: look every token up by its string instead. */
  ambiguous = false;

  /** The token's text as an anchor key: numbers without commas, words lower-cased. */
  static keyOf(text: string, start: number, end: number, number: boolean): string {
    const s = text.slice(start, end);
    return number ? s.replace(/,/g, '') : s.toLowerCase();
  }

  intern(key: string, hash: number): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.hashes.push(hash);
    }
    return id;
  }

  /** Build the hash table once every anchor is interned. */
  seal(): void {
    let size = 16;
    while (size < this.keys.length * 2) size *= 2;
    this.table = new Int32Array(size);
    this.slotMask = size - 1;
    for (let id = 0; id < this.hashes.length; id++) {
      const h = this.hashes[id];
      let slot = (h ^ (h >>> 15)) & this.slotMask;
      while (this.table[slot] !== 0) {
        if (this.hashes[this.table[slot] - 1] === h) this.ambiguous = true;
        slot = (slot + 1) & this.slotMask;
      }
      this.table[slot] = id + 1;
    }
  }

  /** The anchor id of a token, or -1. */
  find(text: string, start: number, end: number, hash: number, number: boolean): number {
    if (this.ambiguous) return this.ids.get(Anchors.keyOf(text, start, end, number)) ?? -1;
    let slot = (hash ^ (hash >>> 15)) & this.slotMask;
    for (;;) {
      const id = this.table[slot] - 1;
      if (id < 0) return -1;
      if (this.hashes[id] === hash) return this.keys[id] === Anchors.keyOf(text, start, end, number) ? id : -1;
      slot = (slot + 1) & this.slotMask;
    }
  }
}
