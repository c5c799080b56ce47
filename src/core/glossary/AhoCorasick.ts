/**
 * A small Aho–Corasick automaton over UTF-16 code units: every pattern occurrence in a text
 * in one left-to-right pass, whatever the number of patterns; matching costs
 * O(text length + occurrences).
 *
 * Patterns are matched exactly as given; callers fold case themselves (see `foldLatin`).
 * Transitions: a dense table for the root (every failure ends there), small per-state maps
 * keyed by code unit (small integers hash fast) elsewhere.
 */
export interface RawMatch<T> {
  start: number;
  end: number;
  value: T;
}

export class AhoCorasick<T> {
  /** Root transitions, indexed by code unit (0 = none: the root has no incoming edge). */
  private readonly root = new Int32Array(65536);
  /** First child of each state (most states have exactly one): its code unit (-1: none) and state. */
  private readonly ch1: number[] = [-1];
  private readonly nx1: number[] = [0];
  /** Further children, only for states with more than one. */
  private readonly more: (Map<number, number> | undefined)[] = [undefined];
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
      const c = pattern.charCodeAt(i);
      let next = this.next(s, c);
      if (next === undefined) {
        next = this.stateCount++;
        if (s === 0) this.root[c] = next;
        else if (this.ch1[s] === -1) {
          this.ch1[s] = c;
          this.nx1[s] = next;
        } else (this.more[s] ??= new Map()).set(c, next);
        this.ch1.push(-1);
        this.nx1.push(0);
        this.more.push(undefined);
        this.depth.push(i + 1);
        this.out.push(undefined);
      }
      s = next;
    }
    (this.out[s] ??= []).push(value);
  }

  private next(s: number, c: number): number | undefined {
    if (s === 0) return this.root[c] || undefined;
    if (this.ch1[s] === c) return this.nx1[s];
    return this.more[s]?.get(c);
  }

  /** Computes failure links (breadth first). Called once, after the last add(). */
  build(): this {
    const n = this.stateCount;
    this.fail = new Int32Array(n);
    this.dict = new Int32Array(n).fill(-1);
    const queue: number[] = [];
    for (let c = 0; c < 65536; c++) if (this.root[c]) queue.push(this.root[c]);
    const children: [number, number][] = [];
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      if (this.ch1[s] === -1) continue;
      children.length = 0;
      children.push([this.ch1[s], this.nx1[s]]);
      const more = this.more[s];
      if (more) for (const e of more) children.push(e);
      for (const [c, child] of children) {
        let f = this.fail[s];
        let target = this.next(f, c);
        while (target === undefined && f !== 0) {
          f = this.fail[f];
          target = this.next(f, c);
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
      let next = this.next(s, c);
      while (next === undefined && s !== 0) {
        s = this.fail[s];
        next = this.next(s, c);
      }
      s = next || 0;
      for (let o = this.out[s] ? s : this.dict[s]; o > 0; o = this.dict[o]) {
        const start = i + 1 - this.depth[o];
        for (const value of this.out[o]!) found.push({ start, end: i + 1, value });
      }
    }
    return found;
  }
}
