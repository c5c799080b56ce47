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

/**
 * What a hit needs from its automaton output state, worked out on first sight of the state
 * and kept in one object (a hit reads nothing else: one cache line or two per hit, where a
 * hit used to follow entries → first entry → its fields): its entries (deduplicated by
 * (concept, kind), highest priority first) and the first one's fields, its pattern and
 * length, and whether the pattern's edges are Latin letters or digits (a neighbour test is
 * due) or it has letters at all (the text may differ from it in case).
 */
class StateInfo {
  readonly entries: TargetEntry[];
  readonly conceptId: string;
  readonly status: TargetEntry['status'];
  readonly kind: TargetEntry['kind'];
  /** Pattern as matched (A–Z folded): the hit's text when the text has no capitals there. */
  readonly pattern: string;
  readonly length: number;
  readonly hasLower: boolean;
  readonly latinFirst: boolean;
  readonly latinLast: boolean;

  constructor(g: CompiledGlossary, state: number) {
    const entries: TargetEntry[] = [];
    for (const v of g.zh.valuesOf(state)) addEntry(entries, v);
    if (entries.length > 1) sortByPriority(g, entries);
    this.entries = entries;
    this.conceptId = entries[0].conceptId;
    this.status = entries[0].status;
    this.kind = entries[0].kind;
    const p = g.zh.patternOf(state);
    this.pattern = p;
    this.length = p.length;
    this.hasLower = /[a-z]/.test(p);
    this.latinFirst = charClass.isLatinAlnum(p.charCodeAt(0));
    this.latinLast = charClass.isLatinAlnum(p.charCodeAt(p.length - 1));
  }
}

/** Per glossary, per output state. */
const stateInfos = new WeakMap<CompiledGlossary, (StateInfo | undefined)[]>();

/** Reused occurrence buffer (matching is synchronous; grown by `collectByStart` as needed). */
const found: StateHits = { ends: new Int32Array(256), states: new Int32Array(256), count: 0 };

function stateInfosOf(g: CompiledGlossary): (StateInfo | undefined)[] {
  let infos = stateInfos.get(g);
  if (!infos) {
    infos = new Array<StateInfo | undefined>(g.zh.size).fill(undefined);
    stateInfos.set(g, infos);
  }
  return infos;
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
  const infos = stateInfosOf(g);
  const n = text.length;
  let last: TargetHit | undefined;
  // selectLongest as the hits come: the first (longest) hit at each start, unless an
  // earlier start's longest hit reaches as far
  let maxEndBefore = -1;
  for (let k = 0; k < count; k++) {
    const state = states[k];
    const info = infos[state] ?? (infos[state] = new StateInfo(g, state));
    let end = ends[k];
    const start = end - info.length;
    // a Latin letter or digit at a pattern edge needs a non-alphanumeric neighbour (Han
    // edges need none: most patterns skip both tests)
    if (info.latinFirst && start > 0 && charClass.isLatinAlnum(text.charCodeAt(start - 1))) continue;
    let plural = false;
    if (info.latinLast && end < n && charClass.isLatinAlnum(text.charCodeAt(end))) {
      const next = text.charCodeAt(end);
      plural = (next === 0x73 || next === 0x53) && !charClass.isLatinAlnum(text.charCodeAt(end + 1));
      if (!plural) continue;
      end += 1;
    }
    if (last !== undefined && last.start === start && last.end === end) {
      mergeShorterFirst(g, last, info.entries);
      continue;
    }
    // the text there is the pattern itself unless it has capitals (or the plural s): no copy
    const hitText = plural || (info.hasLower && !text.startsWith(info.pattern, start)) ? text.slice(start, end) : info.pattern;
    const firstAtStart = last === undefined || last.start !== start;
    last = { start, end, text: hitText, conceptId: info.conceptId, status: info.status, kind: info.kind, entries: info.entries };
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
}
