/** Character classes on UTF-16 code units, shared by the matcher and the term checks. */
export const charClass = {
  /** CJK unified ideographs (BMP blocks, compatibility ideographs); surrogate halves count too. */
  isHan(c: number): boolean {
    return (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xd840 && c <= 0xd87f) || // high surrogates of ext. B–F
      c === 0x3007
    );
  },
  /** ASCII letter or digit. */
  isLatinAlnum(c: number): boolean {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  },
  isUpper(c: number): boolean {
    return c >= 0x41 && c <= 0x5a;
  },
  /** ASCII A–Z folded to a–z, one code unit for one: offsets stay valid. */
  foldLatin(text: string): string {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x41 && c <= 0x5a) return text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
    }
    return text;
  },
};
