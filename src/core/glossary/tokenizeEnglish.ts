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
    i++;
    while (i < n && isAlnum(text.charCodeAt(i))) i++;
    // (?:['’][A-Za-z]+)*
    while (i + 1 < n) {
      const c = text.charCodeAt(i);
      if ((c !== 0x27 && c !== 0x2019) || !isLetter(text.charCodeAt(i + 1))) break;
      i += 2;
      while (i < n && isLetter(text.charCodeAt(i))) i++;
    }
    tokens.push({ start, end: i, text: text.slice(start, i), hyphenNext: false });
  }
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (tokens[k + 1].start === t.end + 1 && isHyphen(text.charCodeAt(t.end))) t.hyphenNext = true;
  }
  return tokens;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** '-', U+2010, U+2011. */
export function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}
