import type { PositionSet } from './findTargetAcronyms';
import { conceptInitials, type CompiledGlossary, type TargetEntry, type TargetHit } from '../../glossary';
import { conceptOf, conceptTable, lastInitials, type ConceptTable } from './conceptTable';

export interface ExpansionSegment {
  start: number;
  end: number;
  text: string;
  /** Undefined for a skipped 的 or an unknown stretch standing for one letter. */
  entry?: TargetEntry;
  letters: string;
}

export interface ExpansionReading {
  start: number;
  segments: ExpansionSegment[];
  /** Stretches that matched no termbase entry (each stands for one letter). */
  unknown: number;
}

/**
 * Best reading of text[…, p) for the last k letters: its cost, its last segment and the
 * reading before it. The segment is kept as offsets and an entry; its object (and text) is
 * made only for the reading chosen, not for every candidate the search compares.
 */
interface Best {
  cost: number;
  start: number;
  unknown: number;
  /** The last segment: [segStart, p), a hit (`hit`, `entry`), a skipped 的, or an unknown stretch (neither). Absent for the empty reading (k = 0). */
  segStart: number;
  segEnd: number;
  hit: TargetHit | undefined;
  entry: TargetEntry | undefined;
  letters: string;
  prev: Best | undefined;
}

/** One termbase entry a hit in the run may stand for, with the initials of its concept. */
interface Candidate {
  hit: TargetHit;
  entry: TargetEntry;
  initials: string[];
  /** 1 for a forbidden rendering (readings with approved ones are preferred). */
  cost: number;
}

/** What one search needs, passed around instead of closures. */
interface Search {
  text: string;
  letters: string;
  runStart: number;
  g: CompiledGlossary;
  /** The glossary's concepts by number (no look-up by id per candidate entry). */
  table: ConceptTable;
  /** Termbase hits inside the run by end offset − runStart, each list in `allHits` order. */
  byEnd: (TargetHit[] | undefined)[];
  /**
   * The same hits as candidates (each entry with its concept's initials), made when the search
   * first reaches that end: a search visits a few positions of the run, so most hits' concepts
   * (a look-up in the glossary's large table) are never needed.
   */
  candidates: (Candidate[] | undefined)[];
  /** By position − runStart: the most letters the hits ending there or before can stand for. */
  reach: number[];
  boundaries?: PositionSet;
  /** This search's generation in `memoGen`: a memo slot whose generation differs is not yet solved. */
  gen: number;
}

/**
 * The searches' memo, kept from one search to the next (they run synchronously, one at a time):
 * (p − runStart, k, wild) → best reading (null when there is none), valid when `memoGen` holds
 * the search's generation. Before, each search allocated (and the collector cleared) an array
 * of (run + 1) × (letters + 1) × 2 slots, some 70 a real unit, for the dozens it fills.
 */
let memoVal: (Best | null)[] = [];
let memoGen = new Int32Array(1024);
let generation = 0;

const DE = 0x7684; // 的

/**
 * Reads a Chinese expansion backwards from the bracket, letter by letter: each termbase
 * rendering (approved or forbidden) right before the bracket whose concept's English
 * initials end the acronym consumes those letters (分配|探索|安全|培训|算法 ← D·E·S·T·A, with
 * 分配 a forbidden rendering of "distributed"). 的 may be skipped; at most one unknown stretch
 * of 1–4 characters (preferably two, starting at one of `boundaries`) may stand for one letter. Prefers approved readings and fewer unknowns.
 */
export function segmentExpansion(
  g: CompiledGlossary, text: string, allHits: TargetHit[], acronym: string, runStart: number, bracket: number,
  boundaries?: PositionSet,
): ExpansionReading | undefined {
  const letters = capitals(acronym);
  if (letters.length < 2) return undefined;
  const table = conceptTable(g);
  // a hit of one concept whose initials end in none of the acronym's letters can never stand
  // for letters (a candidate's initials must end where the letters read so far end): left out
  // before its candidates (entries, concepts, initials read from the glossary) are made
  let wanted = 0;
  for (let i = 0; i < letters.length; i++) wanted |= 1 << (letters.charCodeAt(i) - 0x41);
  const byNo = table.byNo.length;
  const byEnd: (TargetHit[] | undefined)[] = [];
  for (const h of allHits) {
    if (h.start < runStart || h.end > bracket) continue;
    const no = h.conceptNo ?? -1;
    if (no >= 0 && no < byNo && (lastInitials(table, no) & wanted) === 0) continue;
    const list = byEnd[h.end - runStart];
    if (list) list.push(h);
    else byEnd[h.end - runStart] = [h];
  }
  // a reading needs at least one termbase rendering
  if (!byEnd.length) return undefined;
  // reach[q]: the most letters the hits ending at or before runStart + q can stand for (each
  // hit once, its longest initials): a state needing more, plus the one unknown stretch if still
  // allowed, has no reading (most states the search would try: a run holds about two hits)
  const reach: number[] = [];
  let sum = 0;
  for (let q = 0; q <= bracket - runStart; q++) {
    const list = byEnd[q];
    if (list) for (const h of list) sum += longestInitials(g, table, h);
    reach.push(sum);
  }
  // keys run to ((bracket − runStart) · (letters + 1) + k) · 2 + 1
  const size = (bracket - runStart + 1) * (letters.length + 1) * 2;
  if (size > memoGen.length) {
    memoGen = new Int32Array(Math.max(size, 2 * memoGen.length));
    // presized: written sparsely from the top, an empty array would turn into a slow dictionary
    memoVal = new Array<Best | null>(memoGen.length).fill(null);
  } else if (memoVal.length < memoGen.length) memoVal = new Array<Best | null>(memoGen.length).fill(null);
  // a new generation: every slot is unsolved (after 2^31 searches the counter starts again from a cleared table)
  if (++generation === 0x7fffffff) {
    memoGen.fill(0);
    generation = 1;
  }
  const s: Search = { g, table, text, letters, runStart, byEnd, reach, candidates: [], boundaries, gen: generation };
  const best = solve(s, bracket, letters.length, 0);
  if (!best) return undefined;
  const segments: ExpansionSegment[] = [];
  let known = false;
  for (let b: Best | undefined = best; b && b.segEnd >= 0; b = b.prev) {
    const text = b.hit ? b.hit.text : b.letters === '' ? '的' : s.text.slice(b.segStart, b.segEnd);
    segments.push(b.entry ? { start: b.segStart, end: b.segEnd, text, entry: b.entry, letters: b.letters } : { start: b.segStart, end: b.segEnd, text, letters: b.letters });
    if (b.entry) known = true;
  }
  if (!known) return undefined;
  segments.reverse();
  return { start: best.start, segments, unknown: best.unknown };
}

function capitals(acronym: string): string {
  let out = '';
  for (let i = 0; i < acronym.length; i++) {
    const c = acronym.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) out += acronym[i];
  }
  return out;
}

/** The candidates of the hits ending at `p` (made once per search). */
function candidatesAt(s: Search, p: number): Candidate[] | undefined {
  const hits = s.byEnd[p - s.runStart];
  if (!hits) return undefined;
  const out: Candidate[] = [];
  for (const h of hits) {
    for (const e of h.entries) {
      const cc = conceptOf(s.g, s.table, e.conceptNo ?? -1, e.conceptId);
      if (cc) out.push({ hit: h, entry: e, initials: conceptInitials(cc), cost: e.status === 'forbidden' ? 1 : 0 });
    }
  }
  s.candidates[p - s.runStart] = out;
  return out;
}

/** The longest initials of the concepts a hit may stand for (as `candidatesAt` reads them). */
function longestInitials(g: CompiledGlossary, table: ConceptTable, h: TargetHit): number {
  let most = 0;
  for (const e of h.entries) {
    const cc = conceptOf(g, table, e.conceptNo ?? -1, e.conceptId);
    if (!cc) continue;
    for (const ini of conceptInitials(cc)) if (ini.length > most) most = ini.length;
  }
  return most;
}

function solve(s: Search, p: number, k: number, wild: number): Best | null {
  if (k === 0) return { cost: 0, start: p, unknown: 0, segStart: -1, segEnd: -1, hit: undefined, entry: undefined, letters: '', prev: undefined };
  if (k > s.reach[p - s.runStart] + (wild === 0 ? 1 : 0)) return null;
  const key = ((p - s.runStart) * (s.letters.length + 1) + k) * 2 + wild;
  if (memoGen[key] === s.gen) return memoVal[key];
  let best: Best | null = null;
  // candidates in a fixed order; a later one wins only when strictly cheaper
  const ending = s.candidates[p - s.runStart] ?? candidatesAt(s, p);
  if (ending) for (const c of ending) {
    const h = c.hit;
    for (const ini of c.initials) {
      if (ini.length > k || !s.letters.startsWith(ini, k - ini.length)) continue;
      const sub = solve(s, h.start, k - ini.length, wild);
      const cost = c.cost;
      if (sub && (!best || sub.cost + cost < best.cost)) {
        best = { cost: sub.cost + cost, start: sub.start, unknown: sub.unknown, segStart: h.start, segEnd: h.end, hit: h, entry: c.entry, letters: ini, prev: sub };
      }
    }
  }
  if (p - 1 >= s.runStart && s.text.charCodeAt(p - 1) === DE) {
    const sub = solve(s, p - 1, k, wild);
    if (sub && (!best || sub.cost + 0.5 < best.cost)) {
      best = { cost: sub.cost + 0.5, start: sub.start, unknown: sub.unknown, segStart: p - 1, segEnd: p, hit: undefined, entry: undefined, letters: '', prev: sub };
    }
  }
  if (wild === 0) {
    for (let len = 1; len <= 4 && p - len >= s.runStart; len++) {
      const sub = solve(s, p - len, k - 1, 1);
      if (!sub) continue;
      const offBoundary = s.boundaries && !s.boundaries.has(p - len) ? 5 : 0;
      const cost = 10 + Math.abs(len - 2) + offBoundary;
      if (!best || sub.cost + cost < best.cost) {
        best = { cost: sub.cost + cost, start: sub.start, unknown: sub.unknown + 1, segStart: p - len, segEnd: p, hit: undefined, entry: undefined, letters: s.letters[k - 1], prev: sub };
      }
    }
  }
  memoGen[key] = s.gen;
  memoVal[key] = best;
  return best;
}
