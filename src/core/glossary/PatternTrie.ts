/**
 * The trie of a pattern list in flat typed arrays (no per-state objects), for `AhoCorasick`:
 * - `root[c]`: the root's child on code unit c (> 0), 0 when c occurs in some pattern but
 *   starts none, -1 when c occurs in no pattern.
 * - `rec`: four ints per state (four states per cache line): its only child's code unit and
 *   state inline (most trie states have at most one child, so most steps are one compare;
 *   `MULTI` when it has several, all in `edges`, and then in place of the child a 32-bit
 *   filter of their units: bit `unit & 31`, read with the record, so most misses at such a
 *   state stop before the edge table), then two ints for the automaton (failure link, and
 *   `dict`: before the failure links exist, the state itself when a pattern ends there,
 *   else 0).
 * - `edges`: open-addressing hash table of (state, unit, target, -) slots, with a bit
 *   filter (most lookups are misses; most misses stop at the filter).
 * - pattern values as a list per state, last added first (`headValue`/`nextValue`).
 * - `walk`: two ints a state for `collectByStart`'s walks (see `StartIndex`), kept as the
 *   trie grows: the only child's unit, or `WALK_MULTI` (several) or `WALK_LEAF` (none), with
 *   `WALK_ENDS` when a pattern ends there; then the child's state or the children's filter
 *   (as in `rec`). Made here, a few stores as states and edges are added, instead of a pass
 *   over every state when the first match needs it (82,127 states with a 10,000-concept
 *   termbase: 3-4 ms of cold code on the first match).
 * Built in one pass over the patterns, linear in their total length; every table is sized
 * up front (no rehashing, no second pass).
 */
export interface PatternTrie {
  stateCount: number;
  root: Int32Array;
  rec: Int32Array;
  edges: Int32Array;
  mask: number;
  filter: Int32Array;
  filterShift: number;
  /** Longest pattern. */
  maxDepth: number;
  /** Code units with a child of the root (the states of `root` > 0), in order of first use. */
  rootUnits: number[];
  /** Per state: its depth (the length of the pattern ending there). */
  depth: Int32Array;
  /** Per state: parent and code unit (for the failure links). */
  parent: Int32Array;
  unit: Int32Array;
  headValue: Int32Array;
  nextValue: Int32Array;
  /** Two ints a state (see above; additive). */
  walk: Int32Array;
}

const NONE = -1;
const MULTI = -2;
/** `walk`'s first int: the only child's unit (0–0xffff), or one of these two, and WALK_ENDS (bit 17, nothing above it). */
const WALK_MULTI = 0x10000;
const WALK_LEAF = 0x10001;
const WALK_ENDS = 1 << 17;
const H1 = -1640531535;
const H2 = -2048144789;

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

function insert(table: Int32Array, mask: number, s: number, c: number, target: number): void {
  let h = (Math.imul(s, H1) ^ Math.imul(c, H2)) & mask;
  while (table[h << 2] !== NONE) h = (h + 1) & mask;
  table[h << 2] = s;
  table[(h << 2) + 1] = c;
  table[(h << 2) + 2] = target;
}

/** Initial edge slots for `patterns` patterns: a power of two, at least 4/3 of them (see `build`). */
function edgeSlotsFor(patterns: number): number {
  let slots = 16;
  while (3 * slots < 4 * patterns) slots *= 2;
  return slots;
}

/** The edges of `table` (mask `mask`) in a table of twice the slots. */
function doubled(table: Int32Array, mask: number): Int32Array {
  const wider = new Int32Array(table.length * 2).fill(NONE);
  const wideMask = mask * 2 + 1;
  for (let k = 0; k < table.length; k += 4) if (table[k] !== NONE) insert(wider, wideMask, table[k], table[k + 1], table[k + 2]);
  return wider;
}

/** `insert`, and the edge's bit in `filter`. */
function addEdge(table: Int32Array, mask: number, filter: Int32Array, shift: number, s: number, c: number, target: number): void {
  insert(table, mask, s, c, target);
  const b = Math.imul(Math.imul(s, H1) ^ Math.imul(c, H2), H2) >>> shift;
  filter[b >>> 5] |= 1 << (b & 31);
}

/** The pieces `AhoCorasick` matches with: constants, hashing and the edge lookup. */
export const patternTrie = {
  NONE, MULTI, H1, H2, lookup, WALK_MULTI, WALK_LEAF, WALK_ENDS,

  build(patterns: string[]): PatternTrie {
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
    const walk = new Int32Array(total * 2);
    walk[0] = WALK_LEAF;
    // hashed edges: a pattern leaves the trie built so far at most once, adding one edge to a
    // state that may already have one (then both go to the table): at most 2 per pattern,
    // about 1 in term lists (built-in termbase 2,018 for 2,256 patterns). The table is sized
    // for 3/4 of an edge a pattern at most 3/4 full, and doubled if more come: sized for the
    // worst case it was 256 KB at 12% for the built-in termbase, touched at random by every
    // match (4,096 slots, 64 KB, now). The bit filter is sized up front (its own hash).
    let mask = edgeSlotsFor(count) - 1;
    let edges: Int32Array = new Int32Array((mask + 1) * 4).fill(NONE);
    let edgeCount = 0;
    let bits = 5;
    while (1 << bits < 32 * count && bits < 20) bits++;
    const filterShift = 32 - bits;
    const filter = new Int32Array((1 << bits) >>> 5);
    let maxDepth = 0;
    const rootUnits: number[] = [];
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
        walk[next << 1] = WALK_LEAF;
        depth[next] = i + 1;
        parent[next] = s;
        unit[next] = c;
        if (s === 0) {
          root[c] = next;
          rootUnits.push(c);
        }
        else {
          if (root[c] === NONE) root[c] = 0;
          const ku = rec[k];
          if (ku === NONE) {
            rec[k] = c;
            rec[k + 1] = next;
            walk[s << 1] = (walk[s << 1] & WALK_ENDS) | c;
            walk[(s << 1) + 1] = next;
          } else {
            // room for the two edges this step may add, at most 3/4 full
            if ((edgeCount + 2) * 4 > (mask + 1) * 3) {
              edges = doubled(edges, mask);
              mask = mask * 2 + 1;
            }
            if (ku !== MULTI) {
              edgeCount++;
              addEdge(edges, mask, filter, filterShift, s, ku, rec[k + 1]);
              rec[k] = MULTI;
              rec[k + 1] = 1 << (ku & 31);
            }
            addEdge(edges, mask, filter, filterShift, s, c, next);
            edgeCount++;
            rec[k + 1] |= 1 << (c & 31);
            walk[s << 1] = (walk[s << 1] & WALK_ENDS) | WALK_MULTI;
            walk[(s << 1) + 1] = rec[k + 1];
          }
        }
        s = next;
      }
      rec[(s << 2) + 3] = s; // own output (`dict` before the failure links exist)
      walk[s << 1] |= WALK_ENDS;
      nextValue[p] = headValue[s]; // values of a state, last added first
      headValue[s] = p;
      if (pat.length > maxDepth) maxDepth = pat.length;
    }
    return {
      stateCount: n, root, rec, edges, mask, filter, filterShift, maxDepth, rootUnits,
      depth, parent, unit, headValue, nextValue, walk,
    };
  },
};
