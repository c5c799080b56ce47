import { englishWordEnd, isAsciiAlnum } from './englishWordEnd';

// Imported functions read once: a CommonJS build (tsx, the CLI) reads imports through a
// getter at every call.
const wordEnd = englishWordEnd;
const isAlnum = isAsciiAlnum;

/** A word of English text, with UTF-16 offsets into that text. */
export interface EnToken {
  start: number;
  end: number;
  text: string;
  /** The token is joined to the next one by a hyphen ("pre-trained", "white-box"). */
  hyphenNext: boolean;
}

/**
 * Splits English into word tokens (letters/digits, inner apostrophes); hyphens separate.
 * Tokens are what /[A-Za-z0-9]+(?:['’][A-Za-z]+)*\/g matches, found with one charCode scan
 * (no regex match objects: this runs on every source of a corpus).
 */
export function tokenizeEnglish(text: string): EnToken[] {
  const tokens: EnToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i = wordEnd(text, i, n);
    tokens.push({ start, end: i, text: text.slice(start, i), hyphenNext: false });
  }
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (tokens[k + 1].start === t.end + 1 && isHyphen(text.charCodeAt(t.end))) t.hyphenNext = true;
  }
  return tokens;
}

/** '-', U+2010, U+2011. */
export function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}
