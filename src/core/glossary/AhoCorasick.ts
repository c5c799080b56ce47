import { patternTrie, type PatternTrie } from './PatternTrie';
import { startIndex, type StartIndex } from './StartIndex';

/**
 * A small Aho–Corasick automaton over UTF-16 code units: every pattern occurrence in a text
 * in one left-to-right pass, whatever the number of patterns; matching costs
 * O(text length + occurrences). `collectByStart`, what matchTarget uses, walks the trie from
 * each position instead (no failure links; bounded by the longest pattern).
 *
 * Patterns are matched exactly as given; callers fold case themselves (see `foldLatin`), or
 * ask for ASCII capitals to be folded on the fly. The trie is a `PatternTrie` (flat typed
 * arrays); failure links are added on the first `collect`/`scan`.
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

const lookup = patternTrie.lookup;
// PatternTrie's constants, as literals (the JIT folds them into the matching loops)
const NONE = -1;
const MULTI = -2;
const H1 = -1640531535;
const H2 = -2048144789;

/** Next state of trie `t` from s on code unit c; ≤ 0 when there is none. */
function step(t: PatternTrie, s: number, c: number): number {
  if (s === 0) return t.root[c];
  const ku = t.rec[s << 2];
  if (ku === c) return t.rec[(s << 2) + 1];
  return ku === MULTI ? lookup(t.edges, t.mask, s, c) : NONE;
}

export class AhoCorasick<T> {
  private readonly patterns: string[] = [];
  private readonly values: T[] = [];
  private trie: PatternTrie | undefined;
  /** Failure links and `dict` are in `rec` (added on the first `collect`/`scan`). */
  private linked = false;
  private starts: StartIndex | undefined;
  private startsFolded: StartIndex | undefined;
  private valueLists: (T[] | undefined)[] = [];
  /** The trie's `depth` (read per hit, so kept at hand). */
  private depth: Int32Array = new Int32Array(1);

  /** Number of states (after build; patterns only before). */
  get size(): number {
    return this.trie ? this.trie.stateCount : this.patterns.length;
  }

  /** Adds a pattern; the same pattern added twice keeps both values. Empty patterns are ignored. */
  add(pattern: string, value: T): void {
    if (this.trie) throw new Error('AhoCorasick: add() after build()');
    if (pattern.length === 0) return;
    this.patterns.push(pattern);
    this.values.push(value);
  }

  /**
   * Builds the trie (failure links wait for the first `collect`/`scan`). Called once, after
   * the last add() (matching calls it).
   */
  build(): this {
    this.built();
    return this;
  }

  /** The trie, built on first need. */
  private built(): PatternTrie {
    if (!this.trie) {
      this.trie = patternTrie.build(this.patterns);
      this.depth = this.trie.depth;
      this.valueLists = new Array<T[] | undefined>(this.trie.stateCount).fill(undefined);
    }
    return this.trie;
  }

  /**
   * Failure links breadth first (states by depth, counting sort): each level only needs
   * shallower ones. Built on the first `collect`/`scan` (`collectByStart` needs none).
   */
  private linkedTrie(): PatternTrie {
    const t = this.built();
    if (this.linked) return t;
    this.linked = true;
    const { stateCount: n, parent, unit, depth, rec, headValue } = t;
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
        let target = step(t, f, c);
        while (target <= 0 && f !== 0) {
          f = rec[(f << 2) + 2];
          target = step(t, f, c);
        }
        fc = target > 0 && target !== child ? target : 0;
      }
      rec[(child << 2) + 2] = fc;
      rec[(child << 2) + 3] = headValue[child] !== NONE ? child : rec[(fc << 2) + 3];
    }
    return t;
  }

  /** Length of the pattern that ends in output state `state` (a state `collect…` gave). */
  depthOf(state: number): number {
    return this.depth[state];
  }

  /** The pattern (as added) that ends in output state `state`. */
  patternOf(state: number): string {
    return this.patterns[this.built().headValue[state]];
  }

  /** Values of the pattern ending in output state `state`, in the order added (do not mutate). */
  valuesOf(state: number): readonly T[] {
    let list = this.valueLists[state];
    if (!list) {
      list = [];
      const { headValue, nextValue } = this.built();
      for (let p = headValue[state]; p !== NONE; p = nextValue[p]) list.push(this.values[p]);
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
    const { root, rec, edges, mask, filter, filterShift } = this.linkedTrie();
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
   * links). Returns the count. `foldUpper` as in `collect`. Most positions are rejected by
   * a bit filter of the patterns' first two code units before the trie is touched (see
   * `StartIndex`, made on first use per fold mode).
   */
  collectByStart(text: string, foldUpper: boolean, into: StateHits): number {
    const t = this.built();
    let ix = foldUpper ? this.startsFolded : this.starts;
    if (!ix) {
      ix = startIndex.build(t, foldUpper, foldUpper ? this.starts : this.startsFolded);
      if (foldUpper) this.startsFolded = ix;
      else this.starts = ix;
    }
    return startIndex.collect(t, ix, text, foldUpper, into);
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
      const start = end - this.depthOf(state);
      const values = this.valuesOf(state);
      for (let v = 0; v < values.length; v++) emit(start, end, values[v]);
    }
  }
}
