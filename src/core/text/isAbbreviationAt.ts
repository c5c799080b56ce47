import { BEFORE_NUMBER, MAYBE_FINAL, NEVER_FINAL } from './englishAbbreviations';

const NEVER = NEVER_FINAL;
const BEFORE_NUM = BEFORE_NUMBER;
const MAYBE = MAYBE_FINAL;

/**
 * (length, first letter) of every listed abbreviation, as a bit per letter for each length:
 * most words before a period ("results.", "model.") are rejected without building a string.
 */
const FIRST_BY_LENGTH = new Uint32Array(32);
for (const set of [NEVER, BEFORE_NUM, MAYBE]) {
  for (const w of set) if (w.length < 32) FIRST_BY_LENGTH[w.length] |= 1 << (w.charCodeAt(0) - 0x61);
}

function isAsciiLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}

/** `\s` of a JavaScript regular expression, for one UTF-16 code unit. */
function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `[\s("'“‘\[]`: what may stand before an initial or a dotted acronym. */
function opensWord(c: number): boolean {
  return isJsSpace(c) || c === 0x28 || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x5b;
}

/** "et al." right before the period at `dot` (`\bet\s+al\.$`, any case). */
function etAlBefore(text: string, dot: number): boolean {
  // text[dot-2..dot] is "al." (the word before the period is "al")
  let k = dot - 3;
  const from = Math.max(0, dot - 8);
  if (k < from || !isJsSpace(text.charCodeAt(k))) return false;
  while (k - 1 >= from && isJsSpace(text.charCodeAt(k - 1))) k--;
  // k = first space; "et" must end right before it and start at a word boundary
  if (k - 2 < from) return false;
  if ((text.charCodeAt(k - 1) | 0x20) !== 0x74 || (text.charCodeAt(k - 2) | 0x20) !== 0x65) return false;
  if (k - 3 < from) return true; // the window starts there: \b holds at its start
  const b = text.charCodeAt(k - 3);
  return !(isAsciiLetter(b) || (b >= 0x30 && b <= 0x39) || b === 0x5f);
}

/**
 * Is the period at `dot` part of an abbreviation, given the code of the next non-space
 * character? Known abbreviations (e.g., Fig., et al., No. before a number), single-letter
 * initials ("J. Smith") and dotted acronyms ("U.S.") standing alone. Char-code work only:
 * a string is built only for words whose length and first letter match a listed one.
 */
export function isAbbreviationAt(text: string, dot: number, next: number): boolean {
  // the word ending at the period: letters and periods, at most 24 characters back
  let s = dot;
  while (s > 0 && dot - s < 24) {
    const c = text.charCodeAt(s - 1);
    if (!(c === 0x2e || isAsciiLetter(c))) break;
    s--;
  }
  const len = dot + 1 - s;
  const first = text.charCodeAt(s) | 0x20;
  if (len < 32 && first >= 0x61 && first <= 0x7a && (FIRST_BY_LENGTH[len] & (1 << (first - 0x61))) !== 0) {
    const word = text.slice(s, dot + 1).toLowerCase();
    if (NEVER.has(word)) return true;
    if (BEFORE_NUM.has(word)) return next >= 0x30 && next <= 0x39;
    if (MAYBE.has(word)) {
      if (word === 'al.' && !etAlBefore(text, dot)) return false;
      return !(next >= 0x41 && next <= 0x5a);
    }
  }
  // initials: "J. Smith", "A. B. Author"; dotted acronyms: "U.S." — standing alone, not
  // the end of a URL or path ("example.org/a.b.")
  const before = s > 0 ? text.charCodeAt(s - 1) : 0x20;
  if (!opensWord(before)) return false;
  if (len === 2) {
    const c = text.charCodeAt(s);
    if (c >= 0x41 && c <= 0x5a) return true;
  }
  // ([a-z]\.){2,} on the lower-cased word
  if (len < 4 || len % 2 !== 0) return false;
  for (let k = s; k < dot; k += 2) if (!isAsciiLetter(text.charCodeAt(k)) || text.charCodeAt(k + 1) !== 0x2e) return false;
  return true;
}
