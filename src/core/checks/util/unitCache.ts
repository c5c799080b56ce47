import type { CheckUnit } from '../Check';
import type { Span } from '../../model/Finding';
import { alignSentences, splitSentences, type Segment, type Sentence } from '../../text';
import { isEnglishText } from './englishProse';
import { chineseLength, englishLength, ZH_PER_EN_CHAR } from './lengthRatio';

export type UnitSegment = Segment;

interface Cached {
  sourceSentences?: Sentence[];
  targetSentences?: Sentence[];
  segments?: Segment[];
  diagonal?: boolean;
  targetEnglish?: boolean;
}

/** Units whose analyses are kept: more than a document's worth, bounded so a long run does not hold them all. */
const CACHE_UNITS = 512;

/**
 * Per-unit memo for the expensive text analyses several checks share (sentence split,
 * sentence alignment). Keyed by the CheckUnit object the engine passes to every check of
 * one unit, so each is computed at most once per unit; only the most recent units are kept.
 */
const cache = new Map<CheckUnit, Cached>();

function entry(unit: CheckUnit): Cached {
  let c = cache.get(unit);
  if (!c) {
    c = {};
    if (cache.size >= CACHE_UNITS) cache.delete(cache.keys().next().value!);
    cache.set(unit, c);
  }
  return c;
}

/** The source's sentences (English rules), UTF-16 spans into `unit.source`. */
export function sourceSentences(unit: CheckUnit): Sentence[] {
  const c = entry(unit);
  return (c.sourceSentences ??= unit.source ? splitSentences(unit.source, 'en') : []);
}

/** The target's sentences (Chinese rules), UTF-16 spans into `unit.target`. */
export function targetSentences(unit: CheckUnit): Sentence[] {
  const c = entry(unit);
  return (c.targetSentences ??= unit.target ? splitSentences(unit.target, 'zh') : []);
}

/** The target is English rather than Chinese (see isEnglishText), computed once per unit. */
export function targetIsEnglish(unit: CheckUnit): boolean {
  const c = entry(unit);
  return (c.targetEnglish ??= isEnglishText(unit.target));
}

/** Source/target aligned segments (1-1, 1-2, 2-1, 1-0, 0-1 …), as `segmentUnit` makes them. */
export function unitSegments(unit: CheckUnit): Segment[] {
  const c = entry(unit);
  if (c.segments) return c.segments;
  const src = sourceSentences(unit);
  const tgt = targetSentences(unit);
  c.segments = alignSentences(src, tgt, unit.source, unit.target).map((p) => ({
    source: spanOf(unit.source, src, p.source),
    target: spanOf(unit.target, tgt, p.target),
    kind: kindOf(p.source.length, p.target.length),
  }));
  return c.segments;
}

/** Diagonal pairs must stay within these length ratios for the fast path. */
const DIAGONAL_LOW = 0.5;
const DIAGONAL_HIGH = 2;

/**
 * Fast path shared by omission/addition: both sides have the same number of sentences and
 * every i-th pair has a plausible length ratio. Then the alignment is the diagonal and no
 * sentence lacks a partner, so the (costlier) alignment need not run. Most MT is like this.
 */
export function diagonalAlignmentOk(unit: CheckUnit): boolean {
  const c = entry(unit);
  if (c.diagonal !== undefined) return c.diagonal;
  const src = sourceSentences(unit);
  const tgt = clausesJoined(targetSentences(unit), unit.target);
  let ok = src.length === tgt.length && src.length > 0;
  for (let i = 0; ok && i < src.length; i++) {
    const en = englishLength(src[i].text);
    const zh = chineseLength(tgt[i]);
    const r = en === 0 ? Infinity : zh / (en * ZH_PER_EN_CHAR);
    if (en >= 30 ? r < DIAGONAL_LOW || r > DIAGONAL_HIGH : zh >= 20 && r > DIAGONAL_HIGH) ok = false;
  }
  c.diagonal = ok;
  return ok;
}

/**
 * Chinese sentences with clauses ending in ；/; joined to the next one: English usually
 * keeps such a clause in the same sentence, so the diagonal compares like with like.
 */
function clausesJoined(sentences: Sentence[], text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (const s of sentences) {
    if (start < 0) start = s.start;
    const last = s.text.charCodeAt(s.text.length - 1);
    if (last === 0xff1b || last === 0x3b) continue;
    out.push(text.slice(start, s.end));
    start = -1;
  }
  if (start >= 0) out.push(text.slice(start, sentences[sentences.length - 1].end));
  return out;
}

function spanOf(text: string, sentences: Sentence[], idx: number[]): Span | null {
  if (idx.length === 0) return null;
  const start = sentences[idx[0]].start;
  const end = sentences[idx[idx.length - 1]].end;
  return { start, end, text: text.slice(start, end) };
}

function kindOf(s: number, t: number): Segment['kind'] {
  const k = `${s}-${t}`;
  return k === '1-1' || k === '1-2' || k === '2-1' || k === '1-0' || k === '0-1' || k === '2-2' ? k : 'n-m';
}
