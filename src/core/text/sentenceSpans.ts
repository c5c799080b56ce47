import { EnglishWords } from './EnglishWords';
import { SentenceStops } from './SentenceStops';
import { numberWordPrefixAt } from './numberWordPrefix';
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
   * With `numberWordStarts`: the start of every word (`\w` run) whose first three characters
   * are ASCII letters that begin an English number word (two, thr, fou, …: see
   * NUMBER_WORD_PREFIXES; either case), ascending. Empty otherwise.
   */
  wordStarts: number[];
  /** Position of the first ASCII digit, or -1. */
  firstDigit: number;
  /**
   * With COLLECT_REPEATS in `collect`: the positions (ascending) of the main-block Han
   * characters (U+4E00–9FFF) equal to the character 1, 2, 3, 4 or 5 places before. Empty
   * otherwise. (Optional for objects made elsewhere; the split always sets it.)
   */
  repeats?: number[];
}

export { COLLECT_REPEATS, SEEN_BRACKET, SEEN_DIGIT, SEEN_HALF_PUNCT, SEEN_INLINE_SPACE, SEEN_OPEN_PAREN, SEEN_PRIVATE_USE } from './textClasses';

// Imported values read once into constants: a CommonJS build (tsx, the CLI) reads imports
// through getters, too slow in the per-character loops.
const HAN = K.HAN;
const ALNUM = K.ALNUM;
const STOP = K.STOP;
const SPACE = K.SPACE;
const SEEN_DIGIT = K.SEEN_DIGIT;
const REPEATS = K.COLLECT_REPEATS;
const CLASS = K.CLASS;
const C = CLASS;
const wordsOf = EnglishWords.of;
const prefixAt = numberWordPrefixAt;

const ENDS = new SentenceStops();
let STARTS = new Int32Array(4096);
const SEEN_MASK = K.SEEN_PRIVATE_USE | K.SEEN_OPEN_PAREN | K.SEEN_HALF_PUNCT | K.SEEN_BRACKET | K.SEEN_DIGIT | K.SEEN_INLINE_SPACE;
const NO_MARKS: number[] = [];
/** By the low 10 bits of a main-block Han character: where the last one was (scanMarks' `repeats`). */
const RECENT = new Int32Array(1024).fill(-16);
let RECENT_BASE = 0;
/** An empty `hanSet`. */
const NO_SET = new Uint32Array(0x10000 >> 5);

/**
 * The sentence spans of `text` under the English (`zh` false) or Chinese rules of
 * `splitSentences` (which see), with Han and ASCII letter/digit counts per sentence.
 * One charCodeAt pass with a class table; linear time. `collect` (SEEN_* bits): also list
 * the positions of those characters, so a check can visit them without its own scan;
 * `hanSet` (a bit set over the BMP: bit c & 31 of word c >> 5): also list the Han characters
 * (see SentenceSpans.han) in it.
 */
export function sentenceSpans(text: string, zh: boolean, collect = 0, numberWordStarts = false, hanSet: Uint32Array = NO_SET): SentenceSpans {
  ENDS.reset();
  const out: SentenceSpans = { count: 0, bounds: [], han: [], alnum: [], seen: 0, marks: NO_MARKS, wordStarts: [], firstDigit: -1, repeats: NO_MARKS };
  // two specialised loops (the per-character work is most of the split's time): word
  // starts for the English source, marks for the Chinese target
  if (numberWordStarts && collect === 0 && hanSet === NO_SET) scanBetweenWords(text, zh, out);
  else if (numberWordStarts) scanWords(text, zh, collect, hanSet, out);
  else scanMarks(text, zh, collect, hanSet, out);
  return cut(text, out);
}

/** The scan with `collect` marks and no word starts (main Han block without a table lookup). */
function scanMarks(text: string, zh: boolean, collect: number, set: Uint32Array, out: SentenceSpans): void {
  const marks: number[] = [];
  const repeats: number[] = (collect & REPEATS) !== 0 ? [] : NO_MARKS;
  // positions in RECENT count from `base`, past every earlier text's (whose entries are
  // then more than 5 back): no clearing per text
  if (RECENT_BASE > 0x3fffffff) {
    RECENT.fill(-16);
    RECENT_BASE = 0;
  }
  const base = RECENT_BASE;
  RECENT_BASE += text.length + 8;
  const n = text.length;
  let firstDigit = -1;
  let han = 0;
  let alnum = 0;
  let seen = 0;
  const rep = repeats !== NO_MARKS;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (c0 - 0x4e00 >>> 0 < 0x5200) {
      // the main Han block (U+4E00–9FFF), most of a Chinese text, without a table lookup (the
      // text stays out of the 128 KB class table) and without the general tests: its class
      // (HAN | CJK) is no SEEN bit, no `collect` bit, no stop and no letter
      han++;
      if (((set[c0 >> 5] >>> (c0 & 31)) & 1) !== 0) marks.push(i);
      if (rep) {
        // `repeats`: RECENT holds the last position (base + offset) of a character with
        // c0's low 10 bits; one equal to c0 up to 5 places back leaves a position at most
        // 5 back there (a different character in between only costs a look back)
        const h = c0 & 1023;
        const at = base + i;
        if (at - RECENT[h] <= 5 && repeatsBefore(text, i, c0)) repeats.push(i);
        RECENT[h] = at;
      }
      i++;
      continue;
    }
    const f = C[c0];
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
    i = ENDS.pass(text, i, f, zh, collect, marks, han, alnum);
    seen |= ENDS.seen;
  }
  ENDS.end(n, han, alnum);
  out.seen = seen & SEEN_MASK;
  out.marks = marks;
  out.firstDigit = firstDigit;
  out.repeats = repeats;
}

/** Is c (at i) equal to one of the 5 code units before i? */
function repeatsBefore(text: string, i: number, c: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) if (text.charCodeAt(k) === c) return true;
  return false;
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
      // a possible first letter (NUMBER_START, bit 15) after a non-word character (WORD, bit
      // 10), then the first three letters (as the word scan lists them)
      if (((f >> 15) & ~(prev >> 10) & 1) !== 0 && prefixAt(text, i) !== 0) starts[nc++] = i;
      prev = f;
      i++;
      continue;
    }
    prev = 0; // stops, and the spaces/closers passed with them, are not word characters
    i = ENDS.pass(text, i, f, zh, collect, marks, han, alnum);
    seen |= ENDS.seen;
  }
  ENDS.end(n, han, alnum);
  out.seen = seen & SEEN_MASK;
  out.marks = marks === NO_MARKS ? [] : marks;
  out.firstDigit = firstDigit;
  out.wordStarts = copyStarts(nc);
}

/** The first `count` of STARTS as a plain array (a typed array this size would be allocated outside the heap: slower). */
function copyStarts(count: number): number[] {
  const ws = new Array<number>(count);
  for (let k = 0; k < count; k++) ws[k] = STARTS[k];
  return ws;
}

/**
 * `scanWords` without marks, for English: the words, their letters and digits, the possible
 * number-word starts and the first digit come from the text's `EnglishWords` scan, which the
 * term matcher has usually made already; only the gaps the scan lists (not a lone space or
 * hyphen: about 25 of 196 in a real abstract) are read, character by character. Exact because
 * every ASCII letter or digit is in a word, a word holds nothing else but apostrophes (class
 * CLOSER: no count, no SEEN bit), a stop's run (`SentenceStops.pass`) never passes a word's
 * character, a lone space adds only its own class and a hyphen none, and the only word
 * character (\w) outside words is '_' (a word right after it starts no \w run).
 */
function scanBetweenWords(text: string, zh: boolean, out: SentenceSpans): void {
  const w = wordsOf(text);
  const ws = w.start;
  const we = w.end;
  const gaps = w.gaps;
  const gapAlnum = w.gapAlnum;
  const count = w.count;
  const n = text.length;
  let han = 0;
  let seen = w.spaceGap ? C[0x20] : 0;
  for (let k = 0, ng = w.gapCount; k < ng; k++) {
    const t = gaps[k];
    const s = t < count ? ws[t] : n;
    const alnum = gapAlnum[k];
    for (let i = t > 0 ? we[t - 1] : 0; i < s; ) {
      const f = C[text.charCodeAt(i)];
      seen |= f;
      if ((f & STOP) === 0) {
        han += f & HAN;
        i++;
      } else {
        i = ENDS.pass(text, i, f, zh, 0, NO_MARKS, han, alnum);
        seen |= ENDS.seen;
      }
    }
  }
  if (w.firstDigit >= 0) seen |= SEEN_DIGIT;
  ENDS.end(n, han, w.alnum);
  out.seen = seen & SEEN_MASK;
  out.marks = [];
  out.firstDigit = w.firstDigit;
  // a few (the scan lists only words spelling a number word's first three letters): copied,
  // as the scan's arrays are reused by the next text scanned
  const starts = w.numberStarts;
  const ns = new Array<number>(w.numberStartCount);
  for (let k = 0; k < ns.length; k++) ns[k] = starts[k];
  out.wordStarts = ns;
}

/** Cut at the recorded ends; trim each piece; drop empty ones. */
function cut(text: string, out: SentenceSpans): SentenceSpans {
  const ends = ENDS.ends;
  const hanAt = ENDS.hanAt;
  const alnumAt = ENDS.alnumAt;
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
      out.han.push(hanAt[k] - hanFrom);
      out.alnum.push(alnumAt[k] - alnumFrom);
      out.count++;
    }
    from = to;
    hanFrom = hanAt[k];
    alnumFrom = alnumAt[k];
  }
  return out;
}
