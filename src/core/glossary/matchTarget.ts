import type { StateHits } from './AhoCorasick';
import { charClass } from './charClass';
import type { CompiledGlossary, TargetEntry } from './CompiledGlossary';

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
}

interface TargetMemo {
  all: TargetHit[];
  /** `selectLongest(all)`, made in the same pass. */
  selected: TargetHit[];
}

const MEMO_SIZE = 64;

/** Renderings in a Chinese target, longest match winning (训练 inside 预训练 is not a hit). */
export function matchTarget(g: CompiledGlossary, text: string): TargetHit[] {
  return memoized(g, text).selected;
}

/** Every rendering occurrence, including those inside longer ones (for segmenting expansions). */
export function matchTargetAll(g: CompiledGlossary, text: string): TargetHit[] {
  return memoized(g, text).all;
}

function memoized(g: CompiledGlossary, text: string): TargetMemo {
  const memo = g.memo.target as Map<string, TargetMemo>;
  let m = memo.get(text);
  if (!m) {
    m = findTargetHits(g, text);
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
    memo.set(text, m);
  }
  return m;
}

/** Entries of one automaton output state: deduplicated by (concept, kind), highest priority first. */
type StateEntries = TargetEntry[];

/** Per glossary, per output state, computed on first sight of the state. */
const entriesCache = new WeakMap<CompiledGlossary, (StateEntries | undefined)[]>();

/** Reused occurrence buffer (matching is synchronous; grown by `collect` as needed). */
const found: StateHits = { ends: new Int32Array(256), states: new Int32Array(256), count: 0 };

function entriesCacheOf(g: CompiledGlossary): (StateEntries | undefined)[] {
  let cache = entriesCache.get(g);
  if (!cache) {
    cache = new Array<StateEntries | undefined>(g.zh.size).fill(undefined);
    entriesCache.set(g, cache);
  }
  return cache;
}

function entriesOf(g: CompiledGlossary, state: number): StateEntries {
  const entries: StateEntries = [];
  for (const v of g.zh.valuesOf(state)) addEntry(entries, v);
  if (entries.length > 1) sortByPriority(g, entries);
  return entries;
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
  const ac = g.zh;
  const count = ac.collectByStart(text, true, found);
  const out: TargetHit[] = [];
  const selected: TargetHit[] = [];
  if (count === 0) return { all: out, selected };
  const ends = found.ends;
  const states = found.states;
  const cache = entriesCacheOf(g);
  const n = text.length;
  let last: TargetHit | undefined;
  // selectLongest as the hits come: the first (longest) hit at each start, unless an
  // earlier start's longest hit reaches as far
  let maxEndBefore = -1;
  for (let k = 0; k < count; k++) {
    const state = states[k];
    let end = ends[k];
    const start = end - ac.depthOf(state);
    if (start > 0 && charClass.isLatinAlnum(text.charCodeAt(start)) && charClass.isLatinAlnum(text.charCodeAt(start - 1))) continue;
    if (end < n && charClass.isLatinAlnum(text.charCodeAt(end - 1)) && charClass.isLatinAlnum(text.charCodeAt(end))) {
      const next = text.charCodeAt(end);
      const plural = (next === 0x73 || next === 0x53) && !charClass.isLatinAlnum(text.charCodeAt(end + 1));
      if (!plural) continue;
      end += 1;
    }
    const entries = cache[state] ?? (cache[state] = entriesOf(g, state));
    if (last !== undefined && last.start === start && last.end === end) {
      mergeShorterFirst(g, last, entries);
      continue;
    }
    const first = entries[0];
    last = {
      start, end, text: text.slice(start, end),
      conceptId: first.conceptId, status: first.status, kind: first.kind, entries,
    };
    out.push(last);
    if ((out.length === 1 || out[out.length - 2].start !== start) && end > maxEndBefore) {
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
function mergeShorterFirst(g: CompiledGlossary, h: TargetHit, entries: StateEntries): void {
  const merged = entries.slice();
  for (const e of h.entries) addEntry(merged, e);
  if (merged.length > 1) sortByPriority(g, merged);
  h.entries = merged;
  h.conceptId = merged[0].conceptId;
  h.status = merged[0].status;
  h.kind = merged[0].kind;
}
