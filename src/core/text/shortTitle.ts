import { isJsSpace } from './isJsSpace';
import { isHanCode } from './scriptCounts';

// read once: a CommonJS build (tsx, the CLI) reads imports through getters
const isSpace = isJsSpace;

/**
 * A short title for a document list: the first words of the text.
 * English: up to `maxWords` words (default 8) and at most `maxChars` characters (default 60).
 * Chinese (the text starts with Han): up to 20 characters, stopping at the first 。！？；
 * Cut text ends with "…". Whitespace (incl. newlines) collapses to single spaces.
 */
export function shortTitle(text: string, maxWords = 8, maxChars = 60): string {
  const n = Math.min(text.length, LOOKED_AT);
  let i = 0;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  // a text starting with an ASCII letter or digit (neither Han, punctuation nor space: not
  // Chinese) whose first word fits: its words read in place (an import names every one-row
  // document: a table of 100,000 rows makes 100,000 titles)
  if (i < n && isAsciiAlnum(text.charCodeAt(i))) {
    const title = leadingWords(text, i, n, maxWords, maxChars);
    if (title !== undefined) return title;
  }
  return collapsed(text, maxWords, maxChars);
}

/** How much of the text a title is made from. */
const LOOKED_AT = 400;

/**
 * What `collapsed` makes of an English text whose first word starts at `i`, reading the
 * words of text[i, n) (runs without whitespace) in place: the words that fit, joined by single
 * spaces; the whole collapsed text when they all fit. Undefined when not even the first word
 * fits (the title is then a cut word, made by `collapsed`).
 */
function leadingWords(text: string, i: number, n: number, maxWords: number, maxChars: number): string | undefined {
  let out = '';
  let words = 0;
  for (let at = i; ; ) {
    let end = at + 1;
    while (end < n && !isSpace(text.charCodeAt(end))) end++;
    if (words >= maxWords || (out ? out.length + 1 : 0) + (end - at) > maxChars) break;
    out = out ? `${out} ${text.slice(at, end)}` : text.slice(at, end);
    words++;
    at = end;
    while (at < n && isSpace(text.charCodeAt(at))) at++;
    if (at >= n) return out; // every word fits: the collapsed text itself
  }
  if (!out) return undefined;
  // cut: without the spaces and , ; : . it ends with
  let end = out.length;
  while (end > 0 && isTrailing(out.charCodeAt(end - 1))) end--;
  return `${out.slice(0, end)}…`;
}

/** The title read from the text with its whitespace collapsed (any text). */
function collapsed(text: string, maxWords: number, maxChars: number): string {
  const flat = text.slice(0, LOOKED_AT).replace(/\s+/g, ' ').trim();
  if (!flat) return '';
  const cjk = isHanCode(flat.charCodeAt(0)) || /^[\p{P}\s]*\p{Script=Han}/u.test(flat.slice(0, 4));
  if (cjk) {
    const stop = flat.search(/[。！？；]/);
    const limit = 20;
    if (stop >= 0 && stop <= limit) return flat.slice(0, stop);
    return flat.length > limit ? `${[...flat].slice(0, limit).join('')}…` : flat;
  }
  const words = flat.split(' ');
  let out = '';
  let i = 0;
  for (; i < words.length && i < maxWords; i++) {
    const next = out ? `${out} ${words[i]}` : words[i];
    if (next.length > maxChars) break;
    out = next;
  }
  if (!out) out = flat.slice(0, maxChars);
  if (out.length >= flat.length) return flat;
  return `${out.replace(/[\s,;:.]+$/, '')}…`;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** What a cut title drops from its end: /[\s,;:.]/. */
function isTrailing(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2e || isSpace(c);
}
