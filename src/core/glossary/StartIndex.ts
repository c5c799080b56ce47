import type { StateHits } from './AhoCorasick';
import { patternTrie, type PatternTrie } from './PatternTrie';

/**
 * What `AhoCorasick.collectByStart` walks a `PatternTrie` with, made once per trie and fold
 * mode from the trie's states (small tables that stay in cache; the trie's own root table
 * is 256 KB, touched at random):
 * - `filter`: one bit per hash of a pattern's first two code units (their case variants
 *   too when `foldUpper`), `singlesNear`: one bit per code unit that is a one-unit pattern,
 *   folded to 1,024 bits (c & 1023: 128 bytes, where `singles`, exact, spans 8 KB). A text
 *   position whose two units hit neither starts no pattern: most positions of Chinese text
 *   stop there, after one hash and two loads (testing the first unit alone would let half
 *   of them through: most Han characters start some term). A position let through by a
 *   near-miss of `singlesNear` is refused by `singles` and the root table.
 * - `pairs`: open-addressing table of (first two units → depth-2 state and a copy of its
 *   `walk` record), so a position that passes the filter skips the root and the first step
 *   (the widest fan-out of the trie), a two-unit pattern with no continuation (模型, 训练) or
 *   a prefix with no pattern ending there is settled without touching the trie's records,
 *   and so is the third unit's test (most walks end there).
 * - `walk`: the trie's `walk` table (made by `PatternTrie.build`): what a walk reads of a
 *   state, two ints a state (half the trie's `rec`, whose other two ints, the automaton's
 *   failure link and output, a walk does not need): its only child's unit, or `WALK_MULTI`
 *   (several children, in the trie's edge table) or `WALK_LEAF` (none), with `WALK_ENDS`
 *   set when a pattern ends at the state; then the child's state, or with several children
 *   a filter of their units (bit unit & 31). A pattern's states are numbered one after the
 *   other, so a walk down one pattern reads consecutive records: 8 bytes a step instead of
 *   16 (built-in termbase 46 KB, was 93).
 */
export interface StartIndex {
  filter: Int32Array;
  filterShift: number;
  singles: Int32Array;
  /** `singles` folded to 1,024 bits (bit c & 1023): what every position tests (128 bytes). */
  singlesNear: Int32Array;
  pairs: Int32Array;
  pairMask: number;
  pairShift: number;
  /** Two ints a state (see above; additive). */
  walk: Int32Array;
}

/** `walk` record, first int: the only child's unit (0–0xffff), or WALK_MULTI/WALK_LEAF, and WALK_ENDS (PatternTrie's). */
const WALK_MULTI = patternTrie.WALK_MULTI;
const WALK_UNIT = 0x1ffff;
/** Bit 17, nothing above it: `first >>> 17` is 1 when a pattern ends at the state, else 0. */
const WALK_ENDS = patternTrie.WALK_ENDS;
const STATE_BITS = 0xffffff;
const lookup = patternTrie.lookup;
const H1 = -1640531535;
const H2 = -2048144789;

/**
 * Slots for the pairs table: at most 5/8 full (built-in termbase: 1,139 pairs in 2,048
 * slots of 16 bytes, 32 KB, where at most half full would take 64 KB; a look-up mostly ends
 * in the first line it reads either way, and the smaller table stays in the near caches).
 */
function pairSlotsFor(entries: number): number {
  let slots = 16;
  while (slots * 5 < 8 * entries) slots *= 2;
  return slots;
}

/**
 * Offset of the slot of the pattern prefix (c0, c1), or -1. A slot: key c0 << 16 | c1; the
 * depth-2 state (0 = empty slot); that state's `walk` record (its child's unit and state, or
 * WALK_MULTI and its children's filter, or WALK_LEAF; WALK_ENDS), so the walk's first step
 * does not read the trie's records (a cache line elsewhere, for most starts in engine use).
 */
function pairSlot(pairs: Int32Array, mask: number, shift: number, c0: number, c1: number): number {
  const key = (c0 << 16) | c1;
  for (let h = Math.imul(key, H1) >>> shift; ; h = (h + 1) & mask) {
    const k = h << 2;
    if (pairs[k + 1] === 0) return -1;
    if (pairs[k] === key) return k;
  }
}

/** Sets the filter bits of (a, b) with a–z in either unit as A–Z. */
function setCaseVariants(filter: Int32Array, shift: number, a: number, b: number): void {
  const aLower = a >= 0x61 && a <= 0x7a;
  const bLower = b >= 0x61 && b <= 0x7a;
  if (aLower) setBit(filter, shift, a - 0x20, b);
  if (bLower) setBit(filter, shift, a, b - 0x20);
  if (aLower && bLower) setBit(filter, shift, a - 0x20, b - 0x20);
}

function setBit(filter: Int32Array, shift: number, a: number, b: number): void {
  const p = (Math.imul(a, H1) + Math.imul(b, H2)) >>> shift;
  filter[p >>> 5] |= 1 << (p & 31);
}

/** `a` copied into an array of twice `need` entries. */
function grown(a: Int32Array, need: number): Int32Array {
  const b = new Int32Array(2 * need);
  b.set(a);
  return b;
}

export const startIndex = {
  /** The index of trie `t` for one fold mode; `other` (the other mode's index) lends its fold-independent tables. */
  build(t: PatternTrie, foldUpper: boolean, other?: StartIndex): StartIndex {
    const { depth, parent, unit, rec, root, rootUnits } = t;
    const walk = t.walk;
    if (t.stateCount > STATE_BITS) {
      throw new Error(`The termbases are too large for the Chinese matcher: ${t.stateCount} pattern states (at most ${STATE_BITS}). Check fewer termbases at once, or split the largest.`);
    }
    const singles = new Int32Array(2048);
    const singlesNear = new Int32Array(32);
    for (let i = 0; i < rootUnits.length; i++) {
      const c = rootUnits[i];
      const r = root[c];
      if (rec[(r << 2) + 3] !== r) continue;
      singles[c >>> 5] |= 1 << (c & 31);
      singlesNear[(c >>> 5) & 31] |= 1 << (c & 31);
      if (foldUpper && c >= 0x61 && c <= 0x7a) {
        singles[(c - 0x20) >>> 5] |= 1 << ((c - 0x20) & 31);
        singlesNear[((c - 0x20) >>> 5) & 31] |= 1 << ((c - 0x20) & 31);
      }
    }
    // depth-2 states by a native scan (82,000 states with a 10,000-concept termbase, once,
    // when this code is still cold: a JS loop over them costs a few ms)
    const second: number[] = [];
    for (let s = depth.indexOf(2, 1); s !== -1; s = depth.indexOf(2, s + 1)) second.push(s);
    const pairCount = second.length;
    let pairs = other?.pairs;
    const pairMask = other?.pairMask ?? pairSlotsFor(pairCount) - 1;
    const pairShift = other?.pairShift ?? 32 - Math.log2(pairMask + 1);
    const fill = !pairs;
    if (!pairs) pairs = new Int32Array((pairMask + 1) * 4);
    // about 64 bits per pair (its case variants come on top): a filter of 16 KB for the
    // built-in termbase, 64 KB with 10,000 concepts more. Half that let twice the false
    // passes through (9 a real abstract), each a look-up in the pairs table, and was slower
    // once the rest of the engine had run between units
    let bits = 10;
    while (1 << bits < 64 * pairCount && bits < 24) bits++;
    const filter = new Int32Array(1 << (bits - 5));
    const filterShift = 32 - bits;
    for (let i = 0; i < pairCount; i++) {
      const s = second[i];
      const a = unit[parent[s]];
      const b = unit[s];
      if (fill) {
        const key = (a << 16) | b;
        let h = Math.imul(key, H1) >>> pairShift;
        while (pairs[(h << 2) + 1] !== 0) h = (h + 1) & pairMask;
        pairs[h << 2] = key;
        pairs[(h << 2) + 1] = s;
        pairs[(h << 2) + 2] = walk[s << 1];
        pairs[(h << 2) + 3] = walk[(s << 1) + 1];
      }
      const p = (Math.imul(a, H1) + Math.imul(b, H2)) >>> filterShift;
      filter[p >>> 5] |= 1 << (p & 31);
      // case variants: Latin pairs only (few)
      if (foldUpper && (a <= 0x7a || b <= 0x7a)) setCaseVariants(filter, filterShift, a, b);
    }
    return { filter, filterShift, singles, singlesNear, pairs, pairMask, pairShift, walk };
  },

  /**
   * Every occurrence in `text` as (end offset, output state) into `into` (grown as needed),
   * ordered by start offset, longer first at the same start. `foldUpper`: ASCII A–Z in the
   * text match a–z in the patterns. Returns the count.
   */
  collect(t: PatternTrie, ix: StartIndex, text: string, foldUpper: boolean, into: StateHits): number {
    const { root, edges, mask: edgeMask, maxDepth } = t;
    const { filter, filterShift, singles, singlesNear, pairs, pairMask, pairShift, walk } = ix;
    const room = maxDepth + 1;
    let ends = into.ends;
    let states = into.states;
    let count = 0;
    const n = text.length;
    let c1 = n > 0 ? text.charCodeAt(0) : 0;
    // the filter over 32 positions at a time into a bit mask (no branch per position: which
    // positions pass is random, so a branch each would be mispredicted often), then the
    // positions that passed, in order
    for (let base = 0; base < n; base += 32) {
      // the last position (no unit after it) apart: no end test per position
      const lim = base + 32 < n ? base + 32 : n - 1;
      let mask = 0;
      for (let i = base; i < lim; i++) {
        const c0 = c1;
        c1 = text.charCodeAt(i + 1);
        const p = (Math.imul(c0, H1) + Math.imul(c1, H2)) >>> filterShift;
        // (x >>> p) & 1 is bit p % 32 of x: JS masks shift counts to five bits
        mask |= (((filter[p >>> 5] >>> p) | (singlesNear[(c0 >>> 5) & 31] >>> c0)) & 1) << (i - base);
      }
      if (lim === n - 1) {
        // past the end: 0 (a false pass there finds no pair: pairs are looked up inside the text only)
        const p = Math.imul(c1, H1) >>> filterShift;
        mask |= (((filter[p >>> 5] >>> p) | (singlesNear[(c1 >>> 5) & 31] >>> c1)) & 1) << (n - 1 - base);
      }
      while (mask !== 0) {
        const low = mask & -mask;
        mask ^= low;
        const i = base + 31 - Math.clz32(low);
        const u0 = text.charCodeAt(i);
        const u1 = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        const first = count;
        if (((singles[u0 >>> 5] >>> u0) & 1) !== 0) {
          const r = root[foldUpper && u0 >= 0x41 && u0 <= 0x5a ? u0 + 0x20 : u0];
          if (r > 0 && (walk[r << 1] & WALK_ENDS) !== 0) {
            if (count + room > ends.length) {
              into.ends = ends = grown(ends, count + room);
              into.states = states = grown(states, count + room);
            }
            ends[count] = i + 1;
            states[count++] = r;
          }
        }
        if (i + 1 === n) continue;
        const slot = foldUpper
          ? pairSlot(pairs, pairMask, pairShift, u0 >= 0x41 && u0 <= 0x5a ? u0 + 0x20 : u0, u1 >= 0x41 && u1 <= 0x5a ? u1 + 0x20 : u1)
          : pairSlot(pairs, pairMask, pairShift, u0, u1);
        if (slot < 0) continue;
        if (count + room > ends.length) {
          into.ends = ends = grown(ends, count + room);
          into.states = states = grown(states, count + room);
        }
        // the depth-2 state comes with its walk record: a two-unit pattern that nothing
        // continues (most pairs) is decided without reading the trie
        let s = pairs[slot + 1];
        // the current state's walk record (child unit or WALK_MULTI/WALK_LEAF with WALK_ENDS;
        // child state or filter): from the slot first
        let w = pairs[slot + 2];
        let kv = pairs[slot + 3];
        for (let j = i + 2; ; ) {
          // written always, kept when a pattern ends at s (no branch: which states end one is random)
          ends[count] = j;
          states[count] = s;
          count += w >>> 17;
          if (j === n) break;
          const ku = w & WALK_UNIT;
          let c = text.charCodeAt(j);
          if (foldUpper && c >= 0x41 && c <= 0x5a) c += 0x20;
          // WALK_LEAF equals no unit: a state with no child ends the walk in the last branch
          if (ku === c) s = kv;
          else if (ku === WALK_MULTI) {
            // the state's own filter of its children's units (bit c & 31; JS masks shift
            // counts to five bits), in the record: most misses stop here
            if (((kv >>> c) & 1) === 0) break;
            s = lookup(edges, edgeMask, s, c);
            if (s < 0) break;
          } else break;
          w = walk[s << 1];
          kv = walk[(s << 1) + 1];
          j++;
        }
        // longest first at this start
        for (let a = first, b = count - 1; a < b; a++, b--) {
          const e = ends[a];
          ends[a] = ends[b];
          ends[b] = e;
          const x = states[a];
          states[a] = states[b];
          states[b] = x;
        }
      }
    }
    into.count = count;
    return count;
  },
};
