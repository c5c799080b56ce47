/**
 * Character classes for Chinese running text, as plain code-unit tests (no regex
 * allocation on hot paths). UTF-16 code units: astral Han characters are recognised by
 * their high surrogate.
 */

/** A Han ideograph (BMP, extension A, compatibility) or the high surrogate of an astral one. */
export function isHan(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xd840 && c <= 0xd8bf)
  );
}

/** CJK punctuation: 。、「」 etc. (U+3000–303F) and full-width punctuation ，：；！？（）. */
export function isCjkPunct(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    c === 0x201c || // “
    c === 0x201d || // ”
    c === 0x2014 || // —
    c === 0x2026 // …
  );
}

/** Han or CJK punctuation: "Chinese running text" for punctuation rules. */
export function isCjk(c: number): boolean {
  return isHan(c) || isCjkPunct(c);
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Space or tab or ideographic space (not line breaks). */
export function isInlineSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}

/** Number of Han characters in `text`. */
export function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) n++;
  return n;
}

/** Chinese sentence terminators (full-width and the half-width forms MT leaves behind). */
export function isZhSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b; // 。！？；
}
