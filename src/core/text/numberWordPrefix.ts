/**
 * The first three letters of the English number words the numbers check reads (two … ninety,
 * hundred(s), thousand(s), millions, dozens: see checks/util/extractNumbers), lower case. A
 * word whose first three characters are not three ASCII letters spelling one of these (either
 * case) is no number word: the word scan lists no start for it.
 */
export const NUMBER_WORD_PREFIXES: readonly string[] = [
  'two', 'thr', 'fou', 'fiv', 'six', 'sev', 'eig', 'nin', 'ten', 'ele', 'twe', 'thi', 'fif', 'for', 'hun', 'tho', 'mil', 'doz',
];

/**
 * Bit (u1 << 10 | u2 << 5 | u3) set for each prefix, u the letters' word codes (a–z → 1–26,
 * as englishBytes' CODE and a letter's char code & 31 alike). 4 KB.
 */
export const NUMBER_PREFIX_BITS = new Uint32Array((32 * 32 * 32) >> 5);
for (const p of NUMBER_WORD_PREFIXES) {
  const k = ((p.charCodeAt(0) & 31) << 10) | ((p.charCodeAt(1) & 31) << 5) | (p.charCodeAt(2) & 31);
  NUMBER_PREFIX_BITS[k >> 5] |= 1 << (k & 31);
}

/**
 * 1 when text[i, i + 3) are three ASCII letters spelling a number word's first three (either
 * case), else 0. Read straight from the char codes (the character-by-character split's test;
 * the word scan reads the same from its packed codes).
 */
export function numberWordPrefixAt(text: string, i: number): number {
  if (i + 3 > text.length) return 0;
  const a = asciiLetter(text.charCodeAt(i));
  const b = asciiLetter(text.charCodeAt(i + 1));
  const c = asciiLetter(text.charCodeAt(i + 2));
  if (a === 0 || b === 0 || c === 0) return 0;
  const k = (a << 10) | (b << 5) | c;
  return (NUMBER_PREFIX_BITS[k >> 5] >>> (k & 31)) & 1;
}

/** 1–26 for an ASCII letter (either case), else 0. */
function asciiLetter(c: number): number {
  const l = (c | 0x20) - 0x60;
  return l >= 1 && l <= 26 ? l : 0;
}
