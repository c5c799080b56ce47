/**
 * A small Aho–Corasick automaton over UTF-16 code units: every pattern occurrence in a text
 * in one left-to-right pass, whatever the number of patterns. Transitions live in one flat
 * `Map<number, number>` keyed by `state * 65536 + codeUnit`, so building 10,000 patterns is a
 * few milliseconds and matching costs O(text length + occurrences).
 *
 * Patterns are matched exactly as given; callers fold case themselves (see `foldLatin`).
 */
export interface RawMatch<T> {
  start: number;
  end: number;
  value: T;
}

export class AhoCorasick<T> {
  private readonly goto = new Map<number, number>();
  private fail: Int32Array = new Int32Array(1);
  /** Nearest state on the failure chain that has outputs (-1: none). */
  private dict: Int32Array = new Int32Array(1);
  private depth: number[] = [0];
  private readonly out: (T[] | undefined)[] = [undefined];
  private stateCount = 1;
  private built = false;

  get size(): number {
    return this.stateCount;
  }

  /** Adds a pattern; the same pattern added twice keeps both values. Empty patterns are ignored. */
  add(pattern: string, value: T): void {
    if (this.built) throw new Error('AhoCorasick: add() after build()');
    if (pattern.length === 0) return;
    let s = 0;
    for (let i = 0; i < pattern.length; i++) {
      const key = s * 65536 + pattern.charCodeAt(i);
      let next = this.goto.get(key);
      if (next === undefined) {
        next = this.stateCount++;
        this.goto.set(key, next);
        this.depth.push(i + 1);
        this.out.push(undefined);
      }
      s = next;
    }
    (this.out[s] ??= []).push(value);
  }

  /** Computes failure links (breadth first). Called once, after the last add(). */
  build(): this {
    const n = this.stateCount;
    this.fail = new Int32Array(n);
    this.dict = new Int32Array(n).fill(-1);
    // children lists, grouped by parent, from the flat goto map
    const children: [number, number][][] = Array.from({ length: n }, () => []);
    for (const [key, child] of this.goto) {
      const parent = Math.floor(key / 65536);
      children[parent].push([key - parent * 65536, child]);
    }
    const queue: number[] = [];
    for (const [, child] of children[0]) {
      this.fail[child] = 0;
      queue.push(child);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      for (const [c, child] of children[s]) {
        let f = this.fail[s];
        let target = this.goto.get(f * 65536 + c);
        while (target === undefined && f !== 0) {
          f = this.fail[f];
          target = this.goto.get(f * 65536 + c);
        }
        const fc = target !== undefined && target !== child ? target : 0;
        this.fail[child] = fc;
        this.dict[child] = this.out[fc] ? fc : this.dict[fc];
        queue.push(child);
      }
    }
    this.built = true;
    return this;
  }

  /** Every occurrence of every pattern, ordered by end offset. */
  matchAll(text: string): RawMatch<T>[] {
    if (!this.built) this.build();
    const found: RawMatch<T>[] = [];
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let next = this.goto.get(s * 65536 + c);
      while (next === undefined && s !== 0) {
        s = this.fail[s];
        next = this.goto.get(s * 65536 + c);
      }
      s = next ?? 0;
      for (let o = this.out[s] ? s : this.dict[s]; o > 0; o = this.dict[o]) {
        const start = i + 1 - this.depth[o];
        for (const value of this.out[o]!) found.push({ start, end: i + 1, value });
      }
    }
    return found;
  }
}
