/**
 * A small Aho–Corasick automaton over UTF-16 code units: every pattern occurrence in a text
 * in one left-to-right pass, whatever the number of patterns; matching costs
 * O(text length + occurrences).
 *
 * Patterns are matched exactly as given; callers fold case themselves (see `foldLatin`), or
 * ask `scan` to fold ASCII capitals on the fly.
 * Layout (flat typed arrays, no per-state objects): a dense table for the root (every failure
 * ends there), one open-addressing hash table (state, code unit) → state for every other
 * edge, failure and output links per state. Building is linear in the total pattern length.
 */
export interface RawMatch<T> {
  start: number;
  end: number;
  value: T;
}

const NONE = -1;

function newEdgeTable(slots: number): Int32Array {
  const t = new Int32Array(slots * 4);
  for (let k = 0; k < t.length; k += 4) t[k] = NONE;
  return t;
}

export class AhoCorasick<T> {
  /** Root transitions, indexed by code unit (0 = none: the root has no incoming edge). */
  private readonly root = new Int32Array(65536);
  /**
   * Every other edge: an open-addressing hash table, at most half full, one 16-byte slot per
   * edge (state, code unit, target, unused; state -1 = empty) so a probe touches one cache line.
   */
  private edges: Int32Array = newEdgeTable(1024);
  /** Slot count − 1. */
  private mask = 1023;
  /** Bit filter of (state, code unit) pairs that have an edge (built with the failure links). */
  private filter: Int32Array = new Int32Array(1);
  private filterShift = 27;
  private edgeCount = 0;
  private fail: Int32Array = new Int32Array(1);
  /** Nearest state on the failure chain (itself included) that has outputs (0: none). */
  private dict: Int32Array = new Int32Array(1);
  private depth: Int32Array = new Int32Array(1024);
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
      let next = s === 0 ? this.root[c] || NONE : this.edge(s, c);
      if (next === NONE) {
        next = this.stateCount++;
        if (next >= this.depth.length) {
          const d = new Int32Array(this.depth.length * 2);
          d.set(this.depth);
          this.depth = d;
        }
        this.depth[next] = i + 1;
        this.out.push(undefined);
        if (s === 0) this.root[c] = next;
        else this.insertEdge(s, c, next);
      }
      s = next;
    }
    (this.out[s] ??= []).push(value);
  }

  private insertEdge(s: number, c: number, target: number): void {
    if (2 * (this.edgeCount + 1) > this.mask + 1) this.grow();
    const mask = this.mask;
    const edges = this.edges;
    let h = (Math.imul(s, -1640531535) ^ Math.imul(c, -2048144789)) & mask;
    while (edges[h << 2] !== NONE) h = (h + 1) & mask;
    edges[h << 2] = s;
    edges[(h << 2) + 1] = c;
    edges[(h << 2) + 2] = target;
    this.edgeCount++;
  }

  private grow(): void {
    const old = this.edges;
    const slots = (this.mask + 1) * 2;
    this.edges = newEdgeTable(slots);
    this.mask = slots - 1;
    this.edgeCount = 0;
    for (let k = 0; k < old.length; k += 4) if (old[k] !== NONE) this.insertEdge(old[k], old[k + 1], old[k + 2]);
  }

  /** Next state from s (not the root) on code unit c, or -1. */
  private edge(s: number, c: number): number {
    const mask = this.mask;
    const edges = this.edges;
    let h = (Math.imul(s, -1640531535) ^ Math.imul(c, -2048144789)) & mask;
    for (;;) {
      const k = h << 2;
      const st = edges[k];
      if (st === s && edges[k + 1] === c) return edges[k + 2];
      if (st === NONE) return NONE;
      h = (h + 1) & mask;
    }
  }

  /**
   * `edge` behind a bit filter of the edges (about 8 bits per edge, small enough to stay in
   * the CPU cache): most lookups while matching are misses, and most misses stop here.
   */
  private filteredEdge(s: number, c: number): number {
    const b = Math.imul(Math.imul(s, -1640531535) ^ Math.imul(c, -2048144789), -2048144789) >>> this.filterShift;
    if ((this.filter[b >>> 5] & (1 << (b & 31))) === 0) return NONE;
    return this.edge(s, c);
  }

  private buildFilter(): void {
    let bits = 1;
    while ((1 << bits) < 8 * Math.max(1, this.edgeCount) && bits < 24) bits++;
    bits = Math.max(bits, 5);
    this.filterShift = 32 - bits;
    this.filter = new Int32Array((1 << bits) >>> 5);
    const edges = this.edges;
    for (let k = 0; k < edges.length; k += 4) {
      const st = edges[k];
      if (st === NONE) continue;
      const b = Math.imul(Math.imul(st, -1640531535) ^ Math.imul(edges[k + 1], -2048144789), -2048144789) >>> this.filterShift;
      this.filter[b >>> 5] |= 1 << (b & 31);
    }
  }

  private step(s: number, c: number): number {
    return s === 0 ? this.root[c] || NONE : this.edge(s, c);
  }

  /** Computes failure links (breadth first, by depth). Called once, after the last add(). */
  build(): this {
    if (this.built) return this;
    const n = this.stateCount;
    this.fail = new Int32Array(n);
    this.dict = new Int32Array(n);
    // states by depth (counting sort): each level's failure links only need shallower ones
    let maxDepth = 0;
    for (let s = 1; s < n; s++) if (this.depth[s] > maxDepth) maxDepth = this.depth[s];
    const levelStart = new Int32Array(maxDepth + 2);
    for (let s = 1; s < n; s++) levelStart[this.depth[s] + 1]++;
    for (let d = 1; d <= maxDepth + 1; d++) levelStart[d] += levelStart[d - 1];
    const order = new Int32Array(n - 1);
    const fill = levelStart.slice();
    for (let s = 1; s < n; s++) order[fill[this.depth[s]]++] = s;
    // parent and code unit of each state
    const parent = new Int32Array(n);
    const unit = new Uint16Array(n);
    for (let c = 0; c < 65536; c++) {
      const k = this.root[c];
      if (k) unit[k] = c;
    }
    const edges = this.edges;
    for (let k = 0; k < edges.length; k += 4) {
      const s = edges[k];
      if (s === NONE) continue;
      const child = edges[k + 2];
      parent[child] = s;
      unit[child] = edges[k + 1];
    }
    for (let qi = 0; qi < n - 1; qi++) {
      const child = order[qi];
      const s = parent[child];
      let fc = 0;
      if (s !== 0) {
        const c = unit[child];
        let f = this.fail[s];
        let target = this.step(f, c);
        while (target === NONE && f !== 0) {
          f = this.fail[f];
          target = this.step(f, c);
        }
        fc = target !== NONE && target !== child ? target : 0;
      }
      this.fail[child] = fc;
      this.dict[child] = this.out[child] ? child : this.dict[fc];
    }
    this.buildFilter();
    this.built = true;
    return this;
  }
  /** Every occurrence of every pattern, ordered by end offset. */
  matchAll(text: string): RawMatch<T>[] {
    const found: RawMatch<T>[] = [];
    this.scan(text, false, (start, end, value) => {
      found.push({ start, end, value });
    });
    return found;
  }

  /**
   * Calls `emit` for every occurrence, ordered by end offset (values of one pattern in the
   * order added, shorter patterns ending at the same offset after longer ones). With
   * `foldUpper`, ASCII A–Z in the text match a–z in the patterns (offsets unchanged).
   */
  scan(text: string, foldUpper: boolean, emit: (start: number, end: number, value: T) => void): void {
    if (!this.built) this.build();
    const root = this.root;
    const fail = this.fail;
    const dict = this.dict;
    const depth = this.depth;
    const out = this.out;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      let c = text.charCodeAt(i);
      if (foldUpper && c >= 0x41 && c <= 0x5a) c += 0x20;
      let next = s === 0 ? root[c] || NONE : this.filteredEdge(s, c);
      while (next === NONE && s !== 0) {
        s = fail[s];
        next = s === 0 ? root[c] || NONE : this.filteredEdge(s, c);
      }
      s = next === NONE ? 0 : next;
      for (let o = dict[s]; o > 0; o = dict[fail[o]]) {
        const start = i + 1 - depth[o];
        const values = out[o]!;
        for (let v = 0; v < values.length; v++) emit(start, i + 1, values[v]);
      }
    }
  }
}
