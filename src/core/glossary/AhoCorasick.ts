/**
 * A small Aho–Corasick automaton over UTF-16 code units: every pattern occurrence in a text
 * in one left-to-right pass, whatever the number of patterns; matching costs
 * O(text length + occurrences).
 *
 * Patterns are matched exactly as given; callers fold case themselves (see `foldLatin`), or
 * ask `scan` to fold ASCII capitals on the fly.
 *
 * Layout (flat typed arrays, no per-state objects, built in one go by `build()`):
 * - `root[c]`: the root's child on code unit c (> 0), 0 when c occurs in some pattern but
 *   starts none, -1 when c occurs in no pattern (a fast reject: back to the root at once,
 *   no failure walk).
 * - `rec`: four ints per state (four states per cache line): its only child's code unit and
 *   state inline (most trie states have at most one child, so most steps are one compare),
 *   the failure link, and `dict` (nearest state on the failure chain with outputs). The
 *   edges of states with several children are in one open-addressing hash table.
 * - pattern values as a linked list per state (`headValue`/`nextValue`; `valuesOf` gives them in the order added).
 * Building is linear in the total pattern length (tables sized up front, no rehashing).
 */
export interface RawMatch<T> {
  start: number;
  end: number;
  value: T;
}

/** Occurrences in parallel arrays (see `AhoCorasick.collect`): end offset and output state. */
export interface StateHits {
  ends: Int32Array;
  states: Int32Array;
  count: number;
}

const NONE = -1;
/** `startTable` entries: the state, and a flag for a one-unit pattern. */
const OUTPUT = 0x40000000;
const STATE = 0x3fffffff;
/** `rec` child unit of a state with several children (all of them in the hash table). */
const MULTI = -2;
const H1 = -1640531535;
const H2 = -2048144789;

/** Slot count (a power of two) keeping a table of `entries` at most half full. */
function tableSize(entries: number): number {
  let slots = 16;
  while (slots < 2 * entries) slots *= 2;
  return slots;
}

/** Target of edge (s, c) in an open-addressing table of (state, unit, target, -) slots, or -1. */
function lookup(table: Int32Array, mask: number, s: number, c: number): number {
  let h = (Math.imul(s, H1) ^ Math.imul(c, H2)) & mask;
  for (;;) {
    const k = h << 2;
    const st = table[k];
    if (st === s && table[k + 1] === c) return table[k + 2];
    if (st === NONE) return NONE;
    h = (h + 1) & mask;
  }
}

/** `insert`, and the edge's bit in `filter` (see `AhoCorasick.filter`). */
function addEdge(table: Int32Array, mask: number, filter: Int32Array, shift: number, s: number, c: number, target: number): void {
  insert(table, mask, s, c, target);
  const b = Math.imul(Math.imul(s, H1) ^ Math.imul(c, H2), H2) >>> shift;
  filter[b >>> 5] |= 1 << (b & 31);
}

function insert(table: Int32Array, mask: number, s: number, c: number, target: number): void {
  let h = (Math.imul(s, H1) ^ Math.imul(c, H2)) & mask;
  while (table[h << 2] !== NONE) h = (h + 1) & mask;
  table[h << 2] = s;
  table[(h << 2) + 1] = c;
  table[(h << 2) + 2] = target;
}

export class AhoCorasick<T> {
  private readonly patterns: string[] = [];
  private readonly values: T[] = [];
  private built = false;
  private stateCount = 1;

  private root: Int32Array = new Int32Array(0);
  private rec: Int32Array = new Int32Array(4);
  private edges: Int32Array = new Int32Array(0);
  private mask = 0;
  /**
   * Bit filter of the hashed edges (16+ bits per possible edge, up to 128 KB; a few KB for
   * the built-in termbase: cache-resident). Most lookups in a state with several children
   * are misses; most misses stop here.
   */
  private filter: Int32Array = new Int32Array(1);
  private filterShift = 27;
  /** Bit filter of the patterns' first two code units (see `collectByStart`). */
  private pairs: Int32Array = new Int32Array(1);
  private pairShift = 27;
  private maxDepth = 0;
  private starts: Int32Array | undefined;
  private startsFolded: Int32Array | undefined;
  private depth: Int32Array = new Int32Array(1);
  private headValue: Int32Array = new Int32Array(0);
  private nextValue: Int32Array = new Int32Array(0);
  private valueLists: (T[] | undefined)[] = [];
  /** Parent and code unit of each state until the failure links are built. */
  private parent: Int32Array | undefined;
  private unit: Int32Array | undefined;

  /** Number of states (after build; patterns only before). */
  get size(): number {
    return this.built ? this.stateCount : this.patterns.length;
  }

  /** Adds a pattern; the same pattern added twice keeps both values. Empty patterns are ignored. */
  add(pattern: string, value: T): void {
    if (this.built) throw new Error('AhoCorasick: add() after build()');
    if (pattern.length === 0) return;
    this.patterns.push(pattern);
    this.values.push(value);
  }

  /**
   * Builds the trie in its final layout in one pass over the patterns (failure links wait
   * for the first `collect`/`scan`). Called once, after the last add() (matching calls it).
   */
  build(): this {
    if (this.built) return this;
    this.built = true;
    const patterns = this.patterns;
    const count = patterns.length;
    let total = 1;
    for (let p = 0; p < count; p++) total += patterns[p].length;
    // states: at most one per pattern code unit, plus the root
    const root = new Int32Array(65536).fill(NONE);
    const rec = new Int32Array(total * 4);
    const depth = new Int32Array(total);
    const parent = new Int32Array(total);
    const unit = new Int32Array(total);
    const headValue = new Int32Array(total).fill(NONE);
    const nextValue = new Int32Array(count);
    // hashed edges: a pattern leaves the trie built so far at most once, adding one edge to a
    // state that may already have one (then both go to the table): at most 2 per pattern.
    // The table and its bit filter are sized for that up front and filled as edges come.
    const mask = tableSize(2 * count) - 1;
    const edges = new Int32Array((mask + 1) * 4).fill(NONE);
    let bits = 5;
    while (1 << bits < 32 * count && bits < 20) bits++;
    const filterShift = 32 - bits;
    const filter = new Int32Array((1 << bits) >>> 5);
    let pairBits = 5;
    while (1 << pairBits < 16 * count && pairBits < 20) pairBits++;
    const pairShift = 32 - pairBits;
    const pairs = new Int32Array((1 << pairBits) >>> 5);
    let maxDepth = 0;
    rec[0] = NONE;
    let n = 1;
    for (let p = 0; p < count; p++) {
      const pat = patterns[p];
      let s = 0;
      for (let i = 0; i < pat.length; i++) {
        const c = pat.charCodeAt(i);
        const k = s << 2;
        let next = NONE;
        if (s === 0) {
          if (root[c] > 0) next = root[c];
        } else if (rec[k] === c) next = rec[k + 1];
        else if (rec[k] === MULTI) next = lookup(edges, mask, s, c);
        if (next !== NONE) {
          s = next;
          continue;
        }
        next = n++;
        rec[next << 2] = NONE;
        depth[next] = i + 1;
        parent[next] = s;
        unit[next] = c;
        if (i === 1) {
          const b = Math.imul(Math.imul(unit[s], H1) ^ Math.imul(c, H2), H2) >>> pairShift;
          pairs[b >>> 5] |= 1 << (b & 31);
        }
        if (s === 0) root[c] = next;
        else {
          if (root[c] === NONE) root[c] = 0;
          const ku = rec[k];
          if (ku === NONE) {
            rec[k] = c;
            rec[k + 1] = next;
          } else {
            if (ku !== MULTI) {
              addEdge(edges, mask, filter, filterShift, s, ku, rec[k + 1]);
              rec[k] = MULTI;
            }
            addEdge(edges, mask, filter, filterShift, s, c, next);
          }
        }
        s = next;
      }
      rec[(s << 2) + 3] = s; // own output (`dict` before the failure links exist)
      nextValue[p] = headValue[s]; // values of a state, last added first
      headValue[s] = p;
      if (pat.length > maxDepth) maxDepth = pat.length;
    }
    this.pairs = pairs;
    this.pairShift = pairShift;
    this.maxDepth = maxDepth;
    this.filter = filter;
    this.filterShift = filterShift;
    this.stateCount = n;
    this.root = root;
    this.rec = rec;
    this.edges = edges;
    this.mask = mask;
    this.depth = depth;
    this.headValue = headValue;
    this.nextValue = nextValue;
    this.valueLists = new Array<T[] | undefined>(n).fill(undefined);
    this.parent = parent;
    this.unit = unit;
    return this;
  }

  /**
   * Failure links breadth first (states by depth, counting sort): each level only needs
   * shallower ones. Built on the first `collect`/`scan` (`collectByStart` needs none).
   */
  private buildFailureLinks(): void {
    const n = this.stateCount;
    const parent = this.parent!;
    const unit = this.unit!;
    this.parent = this.unit = undefined;
    const depth = this.depth;
    const rec = this.rec;
    const headValue = this.headValue;
    let maxDepth = 0;
    for (let s = 1; s < n; s++) if (depth[s] > maxDepth) maxDepth = depth[s];
    const fill = new Int32Array(maxDepth + 2);
    for (let s = 1; s < n; s++) fill[depth[s] + 1]++;
    for (let d = 1; d <= maxDepth + 1; d++) fill[d] += fill[d - 1];
    const order = new Int32Array(Math.max(0, n - 1));
    for (let s = 1; s < n; s++) order[fill[depth[s]]++] = s;
    for (let qi = 0; qi < n - 1; qi++) {
      const child = order[qi];
      const s = parent[child];
      let fc = 0;
      if (s !== 0) {
        const c = unit[child];
        let f = rec[(s << 2) + 2];
        let target = this.step(f, c);
        while (target <= 0 && f !== 0) {
          f = rec[(f << 2) + 2];
          target = this.step(f, c);
        }
        fc = target > 0 && target !== child ? target : 0;
      }
      rec[(child << 2) + 2] = fc;
      rec[(child << 2) + 3] = headValue[child] !== NONE ? child : rec[(fc << 2) + 3];
    }
  }

  /** Next state from s on code unit c; ≤ 0 when there is none. */
  private step(s: number, c: number): number {
    if (s === 0) return this.root[c];
    const ku = this.rec[s << 2];
    if (ku === c) return this.rec[(s << 2) + 1];
    return ku === MULTI ? lookup(this.edges, this.mask, s, c) : NONE;
  }

  /** Length of the pattern that ends in output state `state`. */
  depthOf(state: number): number {
    return this.depth[state];
  }

  /** Values of the pattern ending in output state `state`, in the order added (do not mutate). */
  valuesOf(state: number): readonly T[] {
    let list = this.valueLists[state];
    if (!list) {
      list = [];
      for (let p = this.headValue[state]; p !== NONE; p = this.nextValue[p]) list.push(this.values[p]);
      list.reverse();
      this.valueLists[state] = list;
    }
    return list;
  }

  /**
   * Every occurrence as (end offset, output state) into `into` (arrays grown as needed),
   * ordered by end offset, longer patterns first at the same end. Returns the count. With
   * `foldUpper`, ASCII A–Z in the text match a–z in the patterns (offsets unchanged).
   */
  collect(text: string, foldUpper: boolean, into: StateHits): number {
    if (!this.built) this.build();
    if (this.parent) this.buildFailureLinks();
    const root = this.root;
    const rec = this.rec;
    const edges = this.edges;
    const mask = this.mask;
    const filter = this.filter;
    const filterShift = this.filterShift;
    let ends = into.ends;
    let states = into.states;
    let count = 0;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      let c = text.charCodeAt(i);
      if (foldUpper && c >= 0x41 && c <= 0x5a) c += 0x20;
      const r = root[c];
      if (r < 0) {
        s = 0;
        continue;
      }
      // follow failure links until a state with an edge on c (or the root)
      for (;;) {
        if (s === 0) {
          s = r;
          break;
        }
        const k = s << 2;
        const ku = rec[k];
        if (ku === c) {
          s = rec[k + 1];
          break;
        }
        if (ku === MULTI) {
          const b = Math.imul(Math.imul(s, H1) ^ Math.imul(c, H2), H2) >>> filterShift;
          if ((filter[b >>> 5] & (1 << (b & 31))) !== 0) {
            const next = lookup(edges, mask, s, c);
            if (next !== NONE) {
              s = next;
              break;
            }
          }
        }
        s = rec[k + 2];
      }
      for (let o = rec[(s << 2) + 3]; o > 0; o = rec[(rec[(o << 2) + 2] << 2) + 3]) {
        if (count === ends.length) {
          const e2 = new Int32Array(count * 2);
          e2.set(ends);
          const s2 = new Int32Array(count * 2);
          s2.set(states);
          into.ends = ends = e2;
          into.states = states = s2;
        }
        ends[count] = i + 1;
        states[count++] = o;
      }
    }
    into.count = count;
    return count;
  }

  /**
   * Every occurrence as (end offset, output state) into `into`, ordered by start offset,
   * longer first at the same start: the trie walked from each position whose code unit
   * starts a pattern, as far as the text follows it (at most the longest pattern's length;
   * term lists have short patterns, so this is a few steps per start and needs no failure
   * links). Most starts go no further than their first code unit: a bit filter of the
   * patterns' first two code units stops them before the trie is touched. Returns the
   * count. `foldUpper` as in `collect`.
   */
  collectByStart(text: string, foldUpper: boolean, into: StateHits): number {
    if (!this.built) this.build();
    const starts = this.startTable(foldUpper);
    const rec = this.rec;
    const edges = this.edges;
    const mask = this.mask;
    const filter = this.filter;
    const filterShift = this.filterShift;
    const pairs = this.pairs;
    const pairShift = this.pairShift;
    const room = this.maxDepth + 1;
    let ends = into.ends;
    let states = into.states;
    let count = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const r = starts[text.charCodeAt(i)];
      if (r <= 0) continue;
      if (count + room > ends.length) {
        const e2 = new Int32Array(2 * (count + room));
        e2.set(ends);
        const s2 = new Int32Array(2 * (count + room));
        s2.set(states);
        into.ends = ends = e2;
        into.states = states = s2;
      }
      let s = r & STATE;
      const first = count;
      if ((r & OUTPUT) !== 0) {
        ends[count] = i + 1;
        states[count++] = s;
      }
      if (i + 1 === n) continue;
      let c0 = text.charCodeAt(i);
      let c = text.charCodeAt(i + 1);
      if (foldUpper) {
        if (c0 >= 0x41 && c0 <= 0x5a) c0 += 0x20;
        if (c >= 0x41 && c <= 0x5a) c += 0x20;
      }
      const p = Math.imul(Math.imul(c0, H1) ^ Math.imul(c, H2), H2) >>> pairShift;
      if ((pairs[p >>> 5] & (1 << (p & 31))) === 0) continue;
      for (let j = i + 1; ; ) {
        const k = s << 2;
        const ku = rec[k];
        if (ku === c) s = rec[k + 1];
        else if (ku === MULTI) {
          const b = Math.imul(Math.imul(s, H1) ^ Math.imul(c, H2), H2) >>> filterShift;
          if ((filter[b >>> 5] & (1 << (b & 31))) === 0) break;
          s = lookup(edges, mask, s, c);
          if (s === NONE) break;
        } else break;
        j++;
        if (rec[(s << 2) + 3] === s) {
          ends[count] = j;
          states[count++] = s;
        }
        if (j === n) break;
        c = text.charCodeAt(j);
        if (foldUpper && c >= 0x41 && c <= 0x5a) c += 0x20;
      }
      // longest first at this start
      for (let a = first, b = count - 1; a < b; a++, b--) {
        const e = ends[a];
        ends[a] = ends[b];
        ends[b] = e;
        const t = states[a];
        states[a] = states[b];
        states[b] = t;
      }
    }
    into.count = count;
    return count;
  }

  /**
   * Per code unit of the text: the root's child (with `OUTPUT` set when that one-unit prefix
   * is a pattern itself), ≤ 0 when the unit starts no pattern; ASCII capitals folded in the
   * `foldUpper` table. Made on first use.
   */
  private startTable(foldUpper: boolean): Int32Array {
    let t = foldUpper ? this.startsFolded : this.starts;
    if (!t) {
      const root = this.root;
      const rec = this.rec;
      t = new Int32Array(65536);
      for (let c = 0; c < 65536; c++) {
        const r = root[foldUpper && c >= 0x41 && c <= 0x5a ? c + 0x20 : c];
        t[c] = r > 0 && rec[(r << 2) + 3] === r ? r | OUTPUT : r;
      }
      if (foldUpper) this.startsFolded = t;
      else this.starts = t;
    }
    return t;
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
    const hits: StateHits = { ends: new Int32Array(16), states: new Int32Array(16), count: 0 };
    const count = this.collect(text, foldUpper, hits);
    for (let k = 0; k < count; k++) {
      const end = hits.ends[k];
      const state = hits.states[k];
      const start = end - this.depth[state];
      const values = this.valuesOf(state);
      for (let v = 0; v < values.length; v++) emit(start, end, values[v]);
    }
  }
}
