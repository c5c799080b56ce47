import { WORD_DIGIT, type EnglishWords } from '../../text';
import { DigitMatch, digitNumberAt, nextDigitNumber } from './digitScan';
import { numberKey } from './numberKey';

export { numberKey } from './numberKey';
export { chineseNumerals, chineseNumeralValue } from './chineseNumerals';

/**
 * Numbers as they appear in English and Chinese scientific text, with UTF-16 offsets.
 * Digits attached to Latin letters (3D, ResNet-50, top-1, GPT-3) are names, not
 * quantities, and are skipped on both sides alike.
 */
export interface NumberToken {
  start: number;
  end: number;
  /** Normalised value as a string key: "3287", "73", "0.5", "1200000". */
  key: string;
  /** Explicit sign written before the number. */
  sign: '+' | '-' | '';
  /** Spelled out ("two") or Chinese numerals (三个) rather than digits. */
  spelled: boolean;
  /** Another value that also counts as a match ("two decades" = 20 years). */
  alt?: string;
}

const MULT: Record<string, number> = { k: 1e3, K: 1e3, thousand: 1e3, Thousand: 1e3, 千: 1e3, M: 1e6, million: 1e6, Million: 1e6, B: 1e9, billion: 1e9, Billion: 1e9, 万: 1e4, 亿: 1e8 };

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * The key of `digits` (what the number pattern matched, without a multiplier) when it is
 * written the way numberKey writes it, else null:
 * - a whole number without leading zero, at most 9 digits: v × 1e6 < 1e15 is a whole number
 *   held exactly, rounding it and dividing by 1e6 gives v back, String(v) is the digits;
 * - a decimal "i.f" with at most 8 digits in i (no leading zero unless i is 0), 1–6 in f, the
 *   last not 0 (79.6, 0.25): v × 1e6 is within 0.5 of the whole number N = i·10⁶ + f·10^(6−|f|)
 *   (N < 1e14, where a double's error is below 0.02), so rounding gives N, dividing by 1e6
 *   gives back the double nearest "i.f", and String of it is "i.f" (no other decimal of ≤ 15
 *   digits has that double, and "i.f" has no shorter form).
 * Most numbers of a text are such: no string is parsed or built for them.
 */
function plainKey(digits: string): string | null {
  const n = digits.length;
  if (n > 16 || (n > 1 && digits.charCodeAt(0) === 0x30 && digits.charCodeAt(1) !== 0x2e)) return null;
  let dot = -1;
  for (let i = 0; i < n; i++) {
    const c = digits.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) continue;
    if (c !== 0x2e || dot >= 0 || i === 0) return null;
    dot = i;
  }
  if (dot < 0) return n > 9 ? null : n <= 3 ? numberKey(Number(digits)) : digits;
  const fraction = n - dot - 1;
  if (dot > 8 || fraction < 1 || fraction > 6 || digits.charCodeAt(n - 1) === 0x30) return null;
  return digits;
}

/** The match digitNumbers reads, reused (the checks are synchronous). */
const MATCH = new DigitMatch();
const nextMatch = nextDigitNumber;
const matchAt = digitNumberAt;
const HAS_DIGIT = WORD_DIGIT;

/**
 * Numbers written with digits, in either language. `firstDigit` (the position of the first
 * digit, when known) lets the search start there: a number starts at most two characters
 * before its first digit ("-.5"). The matches are those of the pattern in DigitMatch, found
 * by a scan that builds no match array or substring (nextDigitNumber). With `words`, the
 * text's word scan (EnglishWords of this very text), the next digit is sought only in the
 * words flagged WORD_DIGIT instead of by a search of the text: every ASCII digit is in a
 * word, and a word holding one has the flag, so the digits found, and the matches, are the same.
 */
export function digitNumbers(text: string, firstDigit = 0, words: EnglishWords | null = null): NumberToken[] {
  const out: NumberToken[] = [];
  const m = MATCH;
  let k = 0; // with `words`: the first word that may hold the next digit
  for (let from = Math.max(0, firstDigit - 2); ; from = m.end) {
    if (words === null) {
      if (!nextMatch(text, from, m)) break;
    } else {
      const d = nextWordDigit(text, words, k, from);
      if (d < 0) break;
      k = WORD_AT;
      matchAt(text, from, d, m);
    }
    let start = m.start;
    let signCh = m.sign;
    const numStart = m.numStart;
    const prev = numStart > 0 ? text.charCodeAt(numStart - 1) : -1;
    const prev2 = numStart > 1 ? text.charCodeAt(numStart - 2) : -1;
    // A "-" between letters/digits is a hyphen or a range dash, not a sign: "1-5", "CIFAR-10".
    if (signCh !== 0 && start > 0) {
      const before = text.charCodeAt(start - 1);
      if (signCh === 0x2b && isLetter(before)) continue; // identifiers: Ily+19, C++11
      if (isLetter(before) || (before >= 0x30 && before <= 0x39)) {
        signCh = 0;
        start = numStart;
      }
    }
    const end = m.end;
    const after = end < text.length ? text.charCodeAt(end) : -1;
    if (isLetter(prev) || (prev === 0x2d && isLetter(prev2)) || (isLetter(after) && m.mult === 0)) continue;
    if (prev === 0x5f || prev === 0x5e || prev === 0x7b) continue; // L_2, x^2, _{10}: notation, not quantities
    if (prev === 0x2e && prev2 >= 0x30 && prev2 <= 0x39) continue; // version tails: v1.2.3
    const sign = signCh === 0x2b ? '+' : signCh === 0x2d || signCh === 0x2212 ? '-' : '';
    const digits = text.slice(numStart, m.numEnd);
    // most numbers are plain whole numbers without a multiplier: their key is their digits
    const plain = m.mult !== 0 ? null : plainKey(digits);
    if (plain !== null) {
      out.push({ start, end, key: plain, sign, spelled: false });
      continue;
    }
    let v = Number(digits.indexOf(',') < 0 ? digits : digits.replace(/,/g, ''));
    if (m.mult !== 0) v *= m.mult;
    out.push({ start, end, key: numberKey(v), sign, spelled: false });
  }
  return out;
}

/** The word nextWordDigit found its digit in. */
let WORD_AT = 0;

/**
 * The first ASCII digit at or after `from` in the words of `words` from word `k` on (their
 * start, end and WORD_DIGIT flag), or -1; its word's index in WORD_AT.
 */
function nextWordDigit(text: string, words: EnglishWords, k: number, from: number): number {
  const count = words.count;
  const starts = words.start;
  const ends = words.end;
  const flags = words.flags;
  for (; k < count; k++) {
    if ((flags[k] & HAS_DIGIT) === 0) continue;
    const e = ends[k];
    if (e <= from) continue;
    const s = starts[k];
    for (let i = s > from ? s : from; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x30 && c <= 0x39) {
        WORD_AT = k;
        return i;
      }
    }
  }
  return -1;
}

const EN_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
  fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  thousand: 1000, hundreds: 100, thousands: 1000, millions: 1e6, dozens: 12,
};
/** "one" is left out on purpose: "one of", "no one", 一种/统一 make it meaningless. */
const EN_WORD_RE = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions|dozens)\b/gi;

/** "-two" / " two" right after a tens word (sticky). */
const UNITS_AFTER_RE = /[- ](one|two|three|four|five|six|seven|eight|nine)\b/iy;
/** " million" right after a number word (sticky). */
const MAGNITUDE_AFTER_RE = /\s+(thousand|million|billion)\b/iy;
/** "two decades" (sticky, tested right after the number word). */
const DECADES_RE = /\s+decades?\b/y;

/** English number words (two … ninety, hundreds, thousands). */
export function englishNumberWords(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  EN_WORD_RE.lastIndex = 0;
  for (let m = EN_WORD_RE.exec(text); m; m = EN_WORD_RE.exec(text)) {
    EN_WORD_RE.lastIndex = numberWordAt(text, m.index, m.index + m[0].length, m[1].toLowerCase(), out);
  }
  return out;
}

/**
 * `englishNumberWords` given the start of every word that may be a number word (any superset
 * of them: the sentence split lists those spelling a number word's first three letters, two,
 * thr, fou, …, the character-class scan once listed every t f s e n h m d): no regex over the
 * whole text; a word is looked at only when its length and first and last letters match a
 * number word. Same result.
 */
export function englishNumberWordsAt(text: string, starts: readonly number[]): NumberToken[] {
  const out: NumberToken[] = [];
  const n = text.length;
  let from = 0;
  for (let x = 0; x < starts.length; x++) {
    const i = starts[x];
    if (i < from) continue; // consumed by "thirty-two" / "two million"
    // every number word has at least three letters, and its first three are one of few
    // (two, thr, fou, …): most words ("the", "model", "data") stop here
    if (i + 3 > n || !hasBit(PREFIX3, prefixKey(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2)))) continue;
    let j = i + 3;
    while (j < n && isWordCode(text.charCodeAt(j))) j++;
    const len = j - i;
    if (len < 3 || len > 9) continue;
    const last = text.charCodeAt(j - 1) | 0x20;
    if (last < 0x61 || last > 0x7a || !hasBit(WORD_KEY, wordKey(len, text.charCodeAt(i), last))) continue;
    const word = text.slice(i, j).toLowerCase();
    if (!Object.hasOwn(EN_WORDS, word)) continue;
    from = numberWordAt(text, i, j, word, out);
  }
  return out;
}

/** The first three letters (either case) of every number word. */
const PREFIX3 = new Uint32Array((32 * 32 * 32) >> 5);
for (const w of Object.keys(EN_WORDS)) setBit(PREFIX3, prefixKey(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2)));

/*
 * The word tables are bit sets (4 KB and 1.4 KB), not a byte per entry (32 KB and 11 KB):
 * they are read for ~80 words of every source, between checks that fill the caches with
 * other data, and small tables stay in the nearest cache.
 */
function setBit(bits: Uint32Array, k: number): void {
  bits[k >> 5] |= 1 << (k & 31);
}

/** Bit k of `bits`; false outside the set (a negative k: a first character that is no letter). */
function hasBit(bits: Uint32Array, k: number): boolean {
  return k >= 0 && k >> 5 < bits.length && ((bits[k >> 5] >>> (k & 31)) & 1) !== 0;
}

/**
 * Index of three characters in PREFIX3 by their low five bits (a letter's slot is the same in
 * either case). Another character may share a letter's slot; such a word passes this test
 * but fails the exact EN_WORDS lookup (number words are letters only), so the test only ever
 * rejects words that are no number word.
 */
function prefixKey(a: number, b: number, c: number): number {
  return ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);
}

/**
 * (length, first letter, last letter) of every number word: most words fail this lookup. A
 * first character that is no letter falls outside the set (or on another word's bit, when
 * the exact EN_WORDS look-up decides): no number word is rejected.
 */
const WORD_KEY = new Uint32Array(((16 * 26 * 26) >> 5) + 1);
for (const w of Object.keys(EN_WORDS)) setBit(WORD_KEY, wordKey(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1)));

function wordKey(len: number, first: number, last: number): number {
  return (len * 26 + ((first | 0x20) - 0x61)) * 26 + ((last | 0x20) - 0x61);
}

/** `\w` of a (non-Unicode) regular expression: [A-Za-z0-9_]. */
function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/**
 * The number word `word` (lower case) standing as the whole word text[i, j): push its token
 * (with a following unit or magnitude word: "thirty-two", "two million") and return where
 * the search goes on.
 */
function numberWordAt(text: string, i: number, j: number, word: string, out: NumberToken[]): number {
  // "hundred" after a digit is a multiplier handled by digitNumbers ("3 hundred" is rare).
  // "150 thousand": a multiplier of the digits before it, counted by digitNumbers.
  const before = i > 1 && text.charCodeAt(i - 1) === 0x20 ? text.charCodeAt(i - 2) : -1;
  if (before >= 0x30 && before <= 0x39) return j;
  let v = EN_WORDS[word];
  let end = j;
  // thirty-two, forty five: tens followed by units make one number.
  if (v >= 20 && v < 100 && v % 10 === 0) {
    UNITS_AFTER_RE.lastIndex = end;
    const u = UNITS_AFTER_RE.exec(text);
    if (u) {
      v += u[1].toLowerCase() === 'one' ? 1 : EN_WORDS[u[1].toLowerCase()];
      end = u.index + u[0].length;
    }
  }
  // "two million" → 2,000,000 (the magnitude word is consumed).
  MAGNITUDE_AFTER_RE.lastIndex = end;
  const mag = MAGNITUDE_AFTER_RE.exec(text);
  if (mag && v < 1000) {
    v *= MULT[mag[1].toLowerCase()] ?? 1;
    end = mag.index + mag[0].length;
  }
  const tok: NumberToken = { start: i, end, key: numberKey(v), sign: '', spelled: true };
  DECADES_RE.lastIndex = end;
  if (DECADES_RE.test(text)) tok.alt = numberKey(v * 10);
  out.push(tok);
  return end;
}
