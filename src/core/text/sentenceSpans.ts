import { isAbbreviationAt } from './isAbbreviationAt';
import * as K from './textClasses';

/**
 * Sentences of a text as flat spans plus per-sentence letter counts, without building a
 * string per sentence: what the alignment fast path and the checks need.
 */
export interface SentenceSpans {
  /** Number of sentences. */
  count: number;
  /** [start0, end0, start1, end1, …]: UTF-16 offsets, trimmed of surrounding whitespace. */
  bounds: number[];
  /** Han characters per sentence (CJK ideographs, extension A, compatibility, astral leads). */
  han: number[];
  /** ASCII letters and digits per sentence. */
  alnum: number[];
  /**
   * Which character classes occur anywhere in the text (OR of SEEN_* bits): lets a check
   * return at once when the characters it looks for are absent, without its own scan.
   */
  seen: number;
  /**
   * Positions of the characters of the classes asked for with `collect`, and of the Han
   * characters in `hanSet` (ascending).
   */
  marks: number[];
  /**
   * With `numberWordStarts`: the start of every word (`\w` run) whose first letter can begin
   * an English number word — t f s e n h m d, either case (ascending). Empty otherwise.
   */
  wordStarts: number[];
  /** Position of the first ASCII digit, or -1. */
  firstDigit: number;
}

export { SEEN_BRACKET, SEEN_DIGIT, SEEN_HALF_PUNCT, SEEN_INLINE_SPACE, SEEN_OPEN_PAREN, SEEN_PRIVATE_USE } from './textClasses';

// Imported values read once into constants: a CommonJS build (tsx, the CLI) reads imports
// through getters, too slow in the per-character loops.
const HAN = K.HAN;
const ALNUM = K.ALNUM;
const STOP = K.STOP;
const TERM = K.TERM;
const FULL = K.FULL;
const CLOSER = K.CLOSER;
const SPACE = K.SPACE;
const CJK = K.CJK;
const SEEN_DIGIT = K.SEEN_DIGIT;
const CLASS = K.CLASS;
const C = CLASS;
const HAN_CLASS = CLASS[0x4e00];

function isLowerCode(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** A half-width stop at `i` whose run ends at `j`: does the sentence end there? */
function endsHere(text: string, i: number, j: number, zh: boolean): boolean {
  const ch = text.charCodeAt(i);
  const n = text.length;
  // Chinese: a half-width stop right after CJK text or a closing bracket ends the sentence
  if (zh && i > 0 && (C[text.charCodeAt(i - 1)] & (CJK | CLOSER)) !== 0) return true;
  if (j >= n) return true;
  const nextCode = text.charCodeAt(j);
  // "79.6", "v1.2.3", "arxiv.org", "e.g.,": no whitespace, no split — unless CJK follows
  if ((C[nextCode] & SPACE) === 0) return (C[nextCode] & CJK) !== 0;
  if (ch === 0x3b) return zh; // an English semicolon does not end a sentence
  let k = j;
  while (k < n && (C[text.charCodeAt(k)] & SPACE) !== 0) k++;
  if (k >= n) return true;
  const next = text.charCodeAt(k);
  if (isLowerCode(next)) return false;
  if (ch !== 0x2e || j > i + 1) return true; // "!", "?", "...", "?)" end a sentence here
  return !isAbbreviationAt(text, i, next);
}

/** A lone "…" (or "……") ends a sentence only before the end, or before space + non-lower-case. */
function ellipsisEnds(text: string, j: number): boolean {
  const n = text.length;
  if (j >= n) return true;
  if ((C[text.charCodeAt(j)] & SPACE) === 0) return false;
  let k = j;
  while (k < n && (C[text.charCodeAt(k)] & SPACE) !== 0) k++;
  return k >= n || !isLowerCode(text.charCodeAt(k));
}

const ENDS: number[] = [];
let STARTS = new Int32Array(4096);
const SEEN_MASK = K.SEEN_PRIVATE_USE | K.SEEN_OPEN_PAREN | K.SEEN_HALF_PUNCT | K.SEEN_BRACKET | K.SEEN_DIGIT | K.SEEN_INLINE_SPACE;
const HAN_AT: number[] = [];
const ALNUM_AT: number[] = [];
const NO_MARKS: number[] = [];
/** An empty `hanSet`. */
const NO_SET = new Uint32Array(0x10000 >> 5);

/** Classes seen by the last `passStop` (its characters never hold a digit). */
let stopSeen = 0;

/**
 * The stop character at `i` (class `f`) and what belongs to it: a newline's following
 * spaces, or a run of terminators and closing quotes/brackets. Records a sentence end (with
 * the counts so far) when it ends one; returns where the scan goes on. Sets `stopSeen`.
 */
function passStop(text: string, i: number, f: number, zh: boolean, collect: number, marks: number[], han: number, alnum: number): number {
  const n = text.length;
  let seen = 0;
  if ((f & TERM) === 0) {
    // newline: a blank line is a paragraph break
    let k = i + 1;
    while (k < n) {
      const c = text.charCodeAt(k);
      const g = C[c];
      if ((g & SPACE) === 0 || c === 0x0a) break;
      seen |= g;
      if ((g & collect) !== 0) marks.push(k);
      k++;
    }
    if (k < n && text.charCodeAt(k) === 0x0a) {
      ENDS.push(i);
      HAN_AT.push(han);
      ALNUM_AT.push(alnum);
    }
    stopSeen = seen;
    return k;
  }
  // the run of terminators ("?!", "...", "……。"), then closing quotes/brackets
  const ch = text.charCodeAt(i);
  let j = i + 1;
  let fullStop = (f & FULL) !== 0;
  while (j < n) {
    const g = C[text.charCodeAt(j)];
    if ((g & TERM) === 0) break;
    if ((g & FULL) !== 0) fullStop = true;
    seen |= g;
    if ((g & collect) !== 0) marks.push(j);
    j++;
  }
  while (j < n) {
    const g = C[text.charCodeAt(j)];
    if ((g & CLOSER) === 0) break;
    seen |= g;
    if ((g & collect) !== 0) marks.push(j);
    j++;
  }
  if (fullStop || (ch === 0x2026 ? ellipsisEnds(text, j) : endsHere(text, i, j, zh))) {
    ENDS.push(j);
    HAN_AT.push(han);
    ALNUM_AT.push(alnum);
  }
  stopSeen = seen;
  return j;
}

/**
 * The sentence spans of `text` under the English (`zh` false) or Chinese rules of
 * `splitSentences` (which see), with Han and ASCII letter/digit counts per sentence.
 * One charCodeAt pass with a class table; linear time. `collect` (SEEN_* bits): also list
 * the positions of those characters, so a check can visit them without its own scan;
 * `hanSet` (a bit set over the BMP: bit c & 31 of word c >> 5): also list the Han characters
 * (see SentenceSpans.han) in it.
 */
export function sentenceSpans(text: string, zh: boolean, collect = 0, numberWordStarts = false, hanSet: Uint32Array = NO_SET): SentenceSpans {
  ENDS.length = 0;
  HAN_AT.length = 0;
  ALNUM_AT.length = 0;
  const out: SentenceSpans = { count: 0, bounds: [], han: [], alnum: [], seen: 0, marks: NO_MARKS, wordStarts: [], firstDigit: -1 };
  // two specialised loops (the per-character work is most of the split's time): word
  // starts for the English source, marks for the Chinese target
  if (numberWordStarts) scanWords(text, zh, collect, hanSet, out);
  else scanMarks(text, zh, collect, hanSet, out);
  return cut(text, out);
}

/** The scan with `collect` marks and no word starts (main Han block without a table lookup). */
function scanMarks(text: string, zh: boolean, collect: number, set: Uint32Array, out: SentenceSpans): void {
  const marks: number[] = [];
  const n = text.length;
  let firstDigit = -1;
  let han = 0;
  let alnum = 0;
  let seen = 0;
  let i = 0;
  while (i < n) {
    // the main Han block (U+4E00–9FFF) without a table lookup: a Chinese text stays out of
    // the 128 KB table, which keeps the scan in the processor's cache
    const c0 = text.charCodeAt(i);
    const f = c0 - 0x4e00 >>> 0 < 0x5200 ? HAN_CLASS : C[c0];
    if ((seen | f) !== seen) {
      // a class seen for the first time (rare: a predictable branch)
      if ((f & SEEN_DIGIT) !== 0 && firstDigit < 0) firstDigit = i;
      seen |= f;
    }
    if ((f & collect) !== 0 || ((f & HAN) !== 0 && ((set[c0 >> 5] >>> (c0 & 31)) & 1) !== 0)) marks.push(i);
    if ((f & STOP) === 0) {
      han += f & HAN;
      alnum += (f & ALNUM) >> 1;
      i++;
      continue;
    }
    i = passStop(text, i, f, zh, collect, marks, han, alnum);
    seen |= stopSeen;
  }
  ENDS.push(n);
  HAN_AT.push(han);
  ALNUM_AT.push(alnum);
  out.seen = seen & SEEN_MASK;
  out.marks = marks;
  out.firstDigit = firstDigit;
}

/**
 * The scan that also lists the start of every word whose first letter may begin an English
 * number word (for the numbers check), with `collect` marks.
 */
function scanWords(text: string, zh: boolean, collect: number, set: Uint32Array, out: SentenceSpans): void {
  const marks: number[] = collect !== 0 || set !== NO_SET ? [] : NO_MARKS;
  const n = text.length;
  if (STARTS.length < n + 1) STARTS = new Int32Array(n * 2 + 16);
  const starts = STARTS;
  let nc = 0;
  let prev = 0;
  let firstDigit = -1;
  let han = 0;
  let alnum = 0;
  let seen = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const f = C[c];
    if ((seen | f) !== seen) {
      if ((f & SEEN_DIGIT) !== 0 && firstDigit < 0) firstDigit = i;
      seen |= f;
    }
    if ((f & collect) !== 0 || ((f & HAN) !== 0 && ((set[c >> 5] >>> (c & 31)) & 1) !== 0)) marks.push(i);
    if ((f & STOP) === 0) {
      han += f & HAN;
      alnum += (f & ALNUM) >> 1;
      // written branch-free: the slot is kept only when `nc` advances
      starts[nc] = i;
      nc += (f >> 15) & ~(prev >> 10) & 1; // a possible first letter (NUMBER_START, bit 15) after a non-word character (WORD, bit 10)
      prev = f;
      i++;
      continue;
    }
    prev = 0; // stops, and the spaces/closers passed with them, are not word characters
    i = passStop(text, i, f, zh, collect, marks, han, alnum);
    seen |= stopSeen;
  }
  ENDS.push(n);
  HAN_AT.push(han);
  ALNUM_AT.push(alnum);
  out.seen = seen & SEEN_MASK;
  out.marks = marks === NO_MARKS ? [] : marks;
  out.firstDigit = firstDigit;
  // a plain array: a typed array this size would be allocated outside the heap (slower)
  const ws = new Array<number>(nc);
  for (let k = 0; k < nc; k++) ws[k] = starts[k];
  out.wordStarts = ws;
}

/** Cut at the recorded ends; trim each piece; drop empty ones. */
function cut(text: string, out: SentenceSpans): SentenceSpans {
  const ends = ENDS;
  let from = 0;
  let hanFrom = 0;
  let alnumFrom = 0;
  for (let k = 0; k < ends.length; k++) {
    const to = ends[k];
    if (to <= from && k < ends.length - 1) continue;
    let s = from;
    let e = to;
    while (s < e && (C[text.charCodeAt(s)] & SPACE) !== 0) s++;
    while (e > s && (C[text.charCodeAt(e - 1)] & SPACE) !== 0) e--;
    if (e > s) {
      out.bounds.push(s, e);
      out.han.push(HAN_AT[k] - hanFrom);
      out.alnum.push(ALNUM_AT[k] - alnumFrom);
      out.count++;
    }
    from = to;
    hanFrom = HAN_AT[k];
    alnumFrom = ALNUM_AT[k];
  }
  return out;
}
