/** A Latin word in (mostly Chinese) text: letters, digits, inner hyphens/dots (GPT-3, ImageNet-1K). */
export interface LatinToken {
  start: number;
  end: number;
  text: string;
}

/**
 * The matches of /[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*\/g, found with one charCode scan
 * (no regex match objects: runs on every target and source).
 */
export function latinTokens(text: string): LatinToken[] {
  const out: LatinToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // the next letter, found by the regex engine's native scan (most of a target is Han)
    LETTER.lastIndex = i;
    if (!LETTER.test(text)) break;
    const start = LETTER.lastIndex - 1;
    i = start + 1;
    while (i < n && isAlnum(text.charCodeAt(i))) i++;
    while (i + 1 < n) {
      const c = text.charCodeAt(i);
      if ((c !== 0x2d && c !== 0x2e) || !isAlnum(text.charCodeAt(i + 1))) break;
      i += 2;
      while (i < n && isAlnum(text.charCodeAt(i))) i++;
    }
    out.push({ start, end: i, text: text.slice(start, i) });
  }
  return out;
}

const LETTER = /[A-Za-z]/g;

function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}
