import type { CheckUnit } from '../Check';
import type { Span } from '../../model/Finding';
import { alignSpans, COLLECT_REPEATS, EnglishWords, SEEN_BRACKET, SEEN_HALF_PUNCT, SEEN_INLINE_SPACE, sentenceSpans, sentencesOf, type AlignedPair, type Segment, type Sentence, type SentenceSpans } from '../../text';
import { isEnglishText } from './englishProse';
import { ZH_PER_EN_CHAR } from './lengthRatio';
import { traditionalTable } from './traditionalChars';

export type UnitSegment = Segment;

/**
 * One unit's analyses. Every field is set in the constructor (undefined until computed), so
 * all entries share one shape: the checks read them on every unit, and fields added one by
 * one in whatever order the checks ask would give each entry its own hidden class (slow,
 * megamorphic property reads).
 */
class Cached {
  sourceSpans: SentenceSpans | undefined = undefined;
  /** The source's word scan the split read (check its `text` before use: scans are reused). */
  sourceWords: EnglishWords | undefined = undefined;
  targetSpans: SentenceSpans | undefined = undefined;
  sourceSentences: Sentence[] | undefined = undefined;
  targetSentences: Sentence[] | undefined = undefined;
  segments: Segment[] | undefined = undefined;
  pairs: AlignedPair[] | undefined = undefined;
  diagonal: boolean | undefined = undefined;
  targetEnglish: boolean | undefined = undefined;

  constructor(
    readonly unit: CheckUnit,
    /** The texts the analyses were made from. */
    readonly source: string,
    readonly target: string,
  ) {}
}

const sentenceSpansOf = sentenceSpans;
const wordsOf = EnglishWords.of;
const alignSpansOf = alignSpans;
const toSentences = sentencesOf;
const RATIO = ZH_PER_EN_CHAR;
const englishText = isEnglishText;
const TARGET_MARKS = SEEN_BRACKET | SEEN_HALF_PUNCT | SEEN_INLINE_SPACE | COLLECT_REPEATS;
/** Traditional-only characters (script.mixed), listed in the target's marks too. */
let traditional: Uint32Array | undefined;

/**
 * Per-unit memo for the text analyses several checks share (sentence split, alignment).
 * The engine runs every check of one unit before the next unit, so one slot is enough:
 * it holds the unit last asked about, and is recomputed when another unit (or the same
 * unit with a changed text) comes.
 */
let last: Cached | undefined;

function entry(unit: CheckUnit): Cached {
  const c = last;
  if (c !== undefined && c.unit === unit && c.source === unit.source && c.target === unit.target) return c;
  last = new Cached(unit, unit.source, unit.target);
  return last;
}

/**
 * The source's sentence spans (English rules) with their letter counts, and in `wordStarts`
 * the words that may be English number words (for the numbers check).
 */
export function sourceSpans(unit: CheckUnit): SentenceSpans {
  const c = entry(unit);
  if (c.sourceSpans !== undefined) return c.sourceSpans;
  c.sourceSpans = sentenceSpansOf(unit.source, false, 0, true);
  // the split has just read (or made) the source's word scan: this finds it among the kept ones
  c.sourceWords = wordsOf(unit.source);
  return c.sourceSpans;
}

/**
 * The source's word scan (EnglishWords) as the split read it, or null when that scan has
 * since been reused for another text (the kept scans are few): then read the text itself.
 */
export function sourceWords(unit: CheckUnit): EnglishWords | null {
  const c = entry(unit);
  if (c.sourceSpans === undefined) sourceSpans(unit);
  const w = c.sourceWords;
  return w !== undefined && w.text === unit.source ? w : null;
}

/**
 * The target's sentence spans (Chinese rules) with their Han and letter counts, and in
 * `marks` the positions of brackets, quotes, half-width punctuation, full-width
 * letters/digits, inline spaces and traditional-only characters (what brackets,
 * punctuation.width, spacing and script.mixed look at); in `repeats` the Han characters
 * equal to one 1–5 places before (fluency.repetition's doublings).
 */
export function targetSpans(unit: CheckUnit): SentenceSpans {
  const c = entry(unit);
  return (c.targetSpans ??= sentenceSpansOf(unit.target, true, TARGET_MARKS, false, (traditional ??= traditionalTable().bits)));
}

/** The source's sentences (English rules), UTF-16 spans into `unit.source`. */
export function sourceSentences(unit: CheckUnit): Sentence[] {
  const c = entry(unit);
  return (c.sourceSentences ??= toSentences(unit.source, sourceSpans(unit).bounds));
}

/** The target's sentences (Chinese rules), UTF-16 spans into `unit.target`. */
export function targetSentences(unit: CheckUnit): Sentence[] {
  const c = entry(unit);
  return (c.targetSentences ??= toSentences(unit.target, targetSpans(unit).bounds));
}

/**
 * The target is English rather than Chinese (see isEnglishText), computed once per unit.
 * Decided from the split's counts when Han is at least 0.3 × letters and digits (then it is
 * at least 0.3 × letters, isEnglishText's first test): almost every Chinese target.
 */
export function targetIsEnglish(unit: CheckUnit): boolean {
  const c = entry(unit);
  if (c.targetEnglish !== undefined) return c.targetEnglish;
  const s = targetSpans(unit);
  let han = 0;
  let alnum = 0;
  for (let k = 0; k < s.count; k++) {
    han += s.han[k];
    alnum += s.alnum[k];
  }
  c.targetEnglish = han >= alnum * 0.3 ? false : englishText(unit.target);
  return c.targetEnglish;
}

/** Source/target aligned segments (1-1, 1-2, 2-1, 1-0, 0-1 …), as `segmentUnit` makes them. */
export function unitSegments(unit: CheckUnit): Segment[] {
  const c = entry(unit);
  if (c.segments) return c.segments;
  const src = sourceSpans(unit).bounds;
  const tgt = targetSpans(unit).bounds;
  c.segments = alignedPairs(unit).map((p) => ({
    source: spanOf(unit.source, src, p.source),
    target: spanOf(unit.target, tgt, p.target),
    kind: kindOf(p.source.length, p.target.length),
  }));
  return c.segments;
}

/**
 * The sentence alignment as indices into `sourceSpans`/`targetSpans` (the same beads as
 * `unitSegments`, in the same order).
 */
export function alignedPairs(unit: CheckUnit): AlignedPair[] {
  const c = entry(unit);
  if (c.pairs !== undefined) return c.pairs;
  const words = sourceWords(unit); // its bytes make the aligner's source scan faster
  c.pairs = alignSpansOf(unit.source, sourceSpans(unit).bounds, unit.target, targetSpans(unit).bounds, words === null ? null : words.chars);
  return c.pairs;
}

/** Diagonal pairs must stay within these length ratios for the fast path. */
const DIAGONAL_LOW = 0.5;
const DIAGONAL_HIGH = 2;

/**
 * Fast path shared by omission/addition: both sides have the same number of sentences and
 * every i-th pair has a plausible length ratio. Then the alignment is the diagonal and no
 * sentence lacks a partner, so the (costlier) alignment need not run. Most MT is like this.
 * Chinese sentences ending in ；/; are joined to the next one first: English usually keeps
 * such a clause in the same sentence, so the diagonal compares like with like. Lengths come
 * from the counts the sentence split made (no string is built).
 */
export function diagonalAlignmentOk(unit: CheckUnit): boolean {
  const c = entry(unit);
  if (c.diagonal !== undefined) return c.diagonal;
  const src = sourceSpans(unit);
  const tgt = targetSpans(unit);
  const t = unit.target;
  let ok = src.count > 0;
  let k = 0; // source sentence
  let han = 0;
  let latin = 0;
  for (let j = 0; ok && j < tgt.count; j++) {
    han += tgt.han[j];
    latin += tgt.alnum[j];
    if (joinsNext(t, tgt.bounds[2 * j + 1]) && j < tgt.count - 1) continue;
    if (k >= src.count) {
      ok = false;
      break;
    }
    const en = src.alnum[k];
    const zh = han + latin * RATIO;
    const r = en === 0 ? Infinity : zh / (en * RATIO);
    if (en >= 30 ? r < DIAGONAL_LOW || r > DIAGONAL_HIGH : zh >= 20 && r > DIAGONAL_HIGH) ok = false;
    k++;
    han = 0;
    latin = 0;
  }
  if (k !== src.count) ok = false;
  c.diagonal = ok;
  return ok;
}

function spanOf(text: string, bounds: number[], idx: number[]): Span | null {
  if (idx.length === 0) return null;
  const start = bounds[2 * idx[0]];
  const end = bounds[2 * idx[idx.length - 1] + 1];
  return { start, end, text: text.slice(start, end) };
}

function kindOf(s: number, t: number): Segment['kind'] {
  const k = `${s}-${t}`;
  return k === '1-1' || k === '1-2' || k === '2-1' || k === '1-0' || k === '0-1' || k === '2-2' ? k : 'n-m';
}

/**
 * A target sentence ending at `end` in ；/; counts with the next one on the diagonal (English
 * usually keeps such a clause in the same sentence; see diagonalAlignmentOk).
 */
export function joinsNext(target: string, end: number): boolean {
  const c = target.charCodeAt(end - 1);
  return c === 0xff1b || c === 0x3b;
}

/** The index of the sentence (bounds: start, end pairs) holding offset `at`, −1 for none. */
export function sentenceIndexAt(bounds: ArrayLike<number>, at: number): number {
  for (let i = 0; 2 * i < bounds.length; i++) if (at >= bounds[2 * i] && at < bounds[2 * i + 1]) return i;
  return -1;
}

/**
 * On the diagonal (when diagonalAlignmentOk), the source sentence that target sentence `j`
 * translates: the sentences before it, those ending in ；/; counted with the next.
 */
export function diagonalSourceOf(unit: CheckUnit, j: number): number {
  const t = unit.target;
  const tb = targetSpans(unit).bounds;
  let k = 0;
  for (let i = 0; i < j; i++) if (!joinsNext(t, tb[2 * i + 1])) k++;
  return k;
}
