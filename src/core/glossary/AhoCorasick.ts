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
  private readonly edges: (Map<number, number> | undefined)[] = [undefined];
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
        else (this.edges[s] ??= new Map()).set(c, next);
        this.edges.push(undefined);
        this.depth.push(i + 1);
        this.out.push(undefined);
      }
      s = next;
    }
    (this.out[s] ??= []).push(value);
  }

  private next(s: number, c: number): number | undefined {
    if (s === 0) return this.root[c] || undefined;
    return this.edges[s]?.get(c);
  }

  /** Computes failure links (breadth first). Called once, after the last add(). */
  build(): this {
    const n = this.stateCount;
    this.fail = new Int32Array(n);
    this.dict = new Int32Array(n).fill(-1);
    const queue: number[] = [];
    for (let c = 0; c < 65536; c++) if (this.root[c]) queue.push(this.root[c]);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      const edges = this.edges[s];
      if (!edges) continue;
      for (const [c, child] of edges) {
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
      let next = s === 0 ? this.root[c] : this.edges[s]?.get(c);
      while (next === undefined && s !== 0) {
        s = this.fail[s];
        next = s === 0 ? this.root[c] : this.edges[s]?.get(c);
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
