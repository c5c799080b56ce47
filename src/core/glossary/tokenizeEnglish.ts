/** A word of English text, with UTF-16 offsets into that text. */
export interface EnToken {
  start: number;
  end: number;
  text: string;
  /** The token is joined to the next one by a hyphen ("pre-trained", "white-box"). */
  hyphenNext: boolean;
}

const WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/** Splits English into word tokens (letters/digits, inner apostrophes); hyphens separate. */
export function tokenizeEnglish(text: string): EnToken[] {
  const tokens: EnToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    const end = start + m[0].length;
    tokens.push({ start, end, text: m[0], hyphenNext: false });
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (tokens[i + 1].start === t.end + 1 && HYPHENS.has(text[t.end])) t.hyphenNext = true;
  }
  return tokens;
}
