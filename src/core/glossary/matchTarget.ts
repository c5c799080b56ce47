import type { StateHits } from './AhoCorasick';
import { charClass } from './charClass';
import type { CompiledGlossary, TargetEntry } from './CompiledGlossary';

// Imported values read once: a CommonJS build (tsx, the CLI) reads imports through getters.
const isLatinAlnum = charClass.isLatinAlnum;

/** A termbase rendering or name found in Chinese text (UTF-16 offsets into that text). */
export interface TargetHit {
  start: number;
  end: number;
  text: string;
  /** First entry's concept and status; `entries` lists every concept the string belongs to (shared: do not mutate). */
  conceptId: string;
  status: TargetEntry['status'];
  kind: TargetEntry['kind'];
  entries: TargetEntry[];
  /**
   * Additive: the concept number (`CompiledGlossary.conceptNo`) when the hit has one entry
   * (most), −1 when it has several (read `entries`): an integer key with no entry to touch.
   */
  conceptNo?: number;
}

interface TargetMemo {
  all: TargetHit[];
  /** `selectLongest(all)`, made in the same pass. */
  selected: TargetHit[];
}

/**
 * The last few texts matched, with their results, compared by `===` (the checks of one unit
 * pass the same string object: a pointer compare, where a Map<string> hashed the whole text
 * on its first look-up). Few on purpose: a unit's checks run one after the other, and hits
 * kept for 64 texts outlived the young generation (every scavenge copied them, then they were
 * promoted, for the old generation's collector to pay).
 */
const MEMO_SIZE = 4;
const memoGlossary: (CompiledGlossary | undefined)[] = new Array<CompiledGlossary | undefined>(MEMO_SIZE).fill(undefined);
const memoText: string[] = new Array<string>(MEMO_SIZE).fill('');
const memoResult: (TargetMemo | undefined)[] = new Array<TargetMemo | undefined>(MEMO_SIZE).fill(undefined);
/** Next slot to overwrite (round robin). */
let memoNext = 0;

/** Renderings in a Chinese target, longest match winning (训练 inside 预训练 is not a hit). */
export function matchTarget(g: CompiledGlossary, text: string): TargetHit[] {
  return memoized(g, text).selected;
}

/** Every rendering occurrence, including those inside longer ones (for segmenting expansions). */
export function matchTargetAll(g: CompiledGlossary, text: string): TargetHit[] {
  return memoized(g, text).all;
}

function memoized(g: CompiledGlossary, text: string): TargetMemo {
  for (let k = 0; k < MEMO_SIZE; k++) {
    if (memoText[k] === text && memoGlossary[k] === g) return memoResult[k]!;
  }
  const m = findTargetHits(g, text);
  const k = memoNext;
  memoNext = (k + 1) % MEMO_SIZE;
  memoGlossary[k] = g;
  memoText[k] = text;
  memoResult[k] = m;
  return m;
}

/**
 * What a hit needs from its automaton output state, worked out on first sight of the state
 * and kept in one row of a flat array per glossary (`WIDTH` slots a state, side by side: a
 * hit reads one row, half a cache line, with no object to follow; one object per state,
 * allocated as states were first seen, sat anywhere in the heap and cost a miss more per hit
 * inside the engine): its entries (deduplicated by (concept, kind), highest priority first)
 * and the first one's fields, its pattern (A–Z folded: the hit's text when the text has no
 * capitals there), and its shape: length, whether its edges are Latin letters or digits (a
 * neighbour test is due) and whether it has lower-case letters (the text may differ in case).
 */
const F_ENTRIES = 0;
const F_CONCEPT = 1;
const F_STATUS = 2;
const F_KIND = 3;
const F_PATTERN = 4;
const F_SHAPE = 5;
/** The hit's `conceptNo`: the sole entry's concept number, −1 for several entries. */
const F_NO = 6;
const WIDTH = 7;
/** Shape bits above the length. */
const LENGTH_BITS = 0xfffff;
const LATIN_FIRST = 1 << 20;
const LATIN_LAST = 1 << 21;
const HAS_LOWER = 1 << 22;

/**
 * Per glossary: which row each output state has (0: none yet, else row + 1) and the rows,
 * side by side in one array in the order the states were first seen (the states a corpus
 * hits often get rows early, next to each other; rows indexed by state sat one to a cache
 * line among the trie's non-output states).
 */
interface StateRows {
  rowOf: Int32Array;
  rows: unknown[];
}

const stateRows = new WeakMap<CompiledGlossary, StateRows>();

/** Reused occurrence buffer (matching is synchronous; grown by `collectByStart` as needed). */
const found: StateHits = { ends: new Int32Array(256), states: new Int32Array(256), count: 0 };

/** The last glossary matched with and its rows (most calls: no WeakMap look-up). */
let lastGlossary: CompiledGlossary | undefined;
let lastRows: StateRows = { rowOf: new Int32Array(0), rows: [] };

function rowsOf(g: CompiledGlossary): StateRows {
  if (g === lastGlossary) return lastRows;
  let r = stateRows.get(g);
  if (!r) {
    r = { rowOf: new Int32Array(g.zh.size), rows: [] };
    stateRows.set(g, r);
  }
  lastGlossary = g;
  lastRows = r;
  return r;
}

/** Gives output state `state` its row (appended) and returns the row's offset in `rows`. */
function describe(g: CompiledGlossary, r: StateRows, state: number): number {
  const entries: TargetEntry[] = [];
  for (const v of g.zh.valuesOf(state)) addEntry(entries, v);
  if (entries.length > 1) sortByPriority(g, entries);
  const p = g.zh.patternOf(state);
  const shape =
    Math.min(p.length, LENGTH_BITS) |
    (charClass.isLatinAlnum(p.charCodeAt(0)) ? LATIN_FIRST : 0) |
    (charClass.isLatinAlnum(p.charCodeAt(p.length - 1)) ? LATIN_LAST : 0) |
    (/[a-z]/.test(p) ? HAS_LOWER : 0);
  const rows = r.rows;
  const b = rows.length;
  rows.push(entries, entries[0].conceptId, entries[0].status, entries[0].kind, p, shape, soleConceptNo(entries));
  r.rowOf[state] = b / WIDTH + 1;
  return b;
}

function soleConceptNo(entries: TargetEntry[]): number {
  return entries.length === 1 ? entries[0].conceptNo ?? -1 : -1;
}

function addEntry(entries: TargetEntry[], v: TargetEntry): void {
  for (let k = 0; k < entries.length; k++) if (entries[k].conceptId === v.conceptId && entries[k].kind === v.kind) return;
  entries.push(v);
}

function sortByPriority(g: CompiledGlossary, entries: TargetEntry[]): void {
  entries.sort((a, b) => (g.concepts.get(b.conceptId)?.priority ?? 0) - (g.concepts.get(a.conceptId)?.priority ?? 0));
}

/**
 * One pass into typed arrays (occurrences ordered by start, longest first: the order callers
 * want), then one hit per distinct span. Two occurrences share a span only when a Latin
 * pattern takes a plural s and that plural is a pattern too; they are then adjacent.
 */
function findTargetHits(g: CompiledGlossary, text: string): TargetMemo {
  const count = g.zh.collectByStart(text, true, found);
  const out: TargetHit[] = [];
  const selected: TargetHit[] = [];
  if (count === 0) return { all: out, selected };
  const ends = found.ends;
  const states = found.states;
  const sr = rowsOf(g);
  const rowOf = sr.rowOf;
  const rows = sr.rows;
  const n = text.length;
  let last: TargetHit | undefined;
  // selectLongest as the hits come: the first (longest) hit at each start, unless an
  // earlier start's longest hit reaches as far
  let maxEndBefore = -1;
  for (let k = 0; k < count; k++) {
    const state = states[k];
    const row = rowOf[state];
    const b = row !== 0 ? (row - 1) * WIDTH : describe(g, sr, state);
    const shape = rows[b + F_SHAPE] as number;
    let end = ends[k];
    const start = end - (shape & LENGTH_BITS);
    // a Latin letter or digit at a pattern edge needs a non-alphanumeric neighbour (Han
    // edges need none: most patterns skip both tests)
    if ((shape & LATIN_FIRST) !== 0 && start > 0 && isLatinAlnum(text.charCodeAt(start - 1))) continue;
    let plural = false;
    if ((shape & LATIN_LAST) !== 0 && end < n && isLatinAlnum(text.charCodeAt(end))) {
      const next = text.charCodeAt(end);
      plural = (next === 0x73 || next === 0x53) && !isLatinAlnum(text.charCodeAt(end + 1));
      if (!plural) continue;
      end += 1;
    }
    const entries = rows[b + F_ENTRIES] as TargetEntry[];
    if (last !== undefined && last.start === start && last.end === end) {
      mergeShorterFirst(g, last, entries);
      continue;
    }
    // the text there is the pattern itself unless it has capitals (or the plural s): no copy
    const pattern = rows[b + F_PATTERN] as string;
    const hitText = plural || ((shape & HAS_LOWER) !== 0 && !text.startsWith(pattern, start)) ? text.slice(start, end) : pattern;
    const firstAtStart = last === undefined || last.start !== start;
    last = {
      start, end, text: hitText,
      conceptId: rows[b + F_CONCEPT] as string,
      status: rows[b + F_STATUS] as TargetEntry['status'],
      kind: rows[b + F_KIND] as TargetEntry['kind'],
      entries,
      conceptNo: rows[b + F_NO] as number,
    };
    out.push(last);
    if (firstAtStart && end > maxEndBefore) {
      selected.push(last);
      maxEndBefore = end;
    }
  }
  return { all: out, selected };
}

/**
 * A span held by a longer pattern and by a shorter one plus its plural s (rare): the
 * shorter one's entries first (it ends first in the text), then by priority.
 */
function mergeShorterFirst(g: CompiledGlossary, h: TargetHit, entries: TargetEntry[]): void {
  const merged = entries.slice();
  for (const e of h.entries) addEntry(merged, e);
  if (merged.length > 1) sortByPriority(g, merged);
  h.entries = merged;
  h.conceptId = merged[0].conceptId;
  h.status = merged[0].status;
  h.kind = merged[0].kind;
  h.conceptNo = soleConceptNo(merged);
}
