/**
 * What the English term index knows of a string, in one look-up: the ids of the edge keys it
 * is (plain key, modifier key without its '^', exact key without its '='; −1: none) and
 * flags (a link word, an acronym of the glossary or its plural), for `SourceIndex.describe`
 * on a word's first sight. Most words of running text are none of these: their key and their
 * form are each looked up once, in one map, instead of once in each of five.
 */
export class WordKeyIds {
  /** String → slot (0: none: −1, −1, −1, 0). */
  private readonly slots = new Map<string, number>();
  /** Four numbers a slot: plain key id, modifier key id, exact key id, flags. */
  info = new Int32Array(64);
  private count = 1;

  /**
   * `keyIds`: edge key → id ('^' modifier and '=' exact keys marked so); `acronyms` (lower
   * case) take `acronymFlag`, and so do their plurals (+ 's', three units or more); `links`
   * take `linkFlag`.
   */
  constructor(keyIds: Map<string, number>, acronyms: Iterable<string>, acronymFlag: number, links: Iterable<string>, linkFlag: number) {
    this.info.fill(-1, 0, 3);
    this.info[3] = 0;
    // (the slot first: slotOf may replace `info`)
    for (const [k, id] of keyIds) {
      const mark = k.charCodeAt(0); // ^ or = or none
      const kind = mark === 0x5e ? 1 : mark === 0x3d ? 2 : 0;
      const at = this.slotOf(kind === 0 ? k : k.slice(1));
      this.info[at + kind] = id;
    }
    for (const a of acronyms) {
      this.flag(a, acronymFlag);
      if (a.length >= 2) this.flag(a + 's', acronymFlag);
    }
    for (const w of links) this.flag(w, linkFlag);
  }

  private flag(s: string, flag: number): void {
    const at = this.slotOf(s);
    this.info[at + 3] |= flag;
  }

  /** Index in `info` of the four numbers of `s` (0: the empty slot). */
  at(s: string): number {
    return this.slots.get(s) ?? 0;
  }

  private slotOf(s: string): number {
    let at = this.slots.get(s);
    if (at === undefined) {
      at = this.count++ * 4;
      if (at + 4 > this.info.length) {
        const grown = new Int32Array(this.info.length * 2);
        grown.set(this.info);
        this.info = grown;
      }
      this.info.fill(-1, at, at + 3);
      this.info[at + 3] = 0;
      this.slots.set(s, at);
    }
    return at;
  }
}
