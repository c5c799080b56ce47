/**
 * End of the English word starting at `i` (an ASCII letter or digit) in text[…, to): what
 * /[A-Za-z0-9]+(?:['’][A-Za-z]+)*\/ matches there. The one definition of a word for
 * `tokenizeEnglish` and the acronym-definition reader.
 */
export function englishWordEnd(text: string, i: number, to: number): number {
  i++;
  while (i < to && isAsciiAlnum(text.charCodeAt(i))) i++;
  // (?:['’][A-Za-z]+)*
  while (i + 1 < to) {
    const c = text.charCodeAt(i);
    if ((c !== 0x27 && c !== 0x2019) || !isAsciiLetter(text.charCodeAt(i + 1))) break;
    i += 2;
    while (i < to && isAsciiLetter(text.charCodeAt(i))) i++;
  }
  return i;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

export function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}
