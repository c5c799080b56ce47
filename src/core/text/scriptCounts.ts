/**
 * Letter counts per writing system, used by language identification, sentence splitting
 * and the alignment length model. One linear pass over UTF-16 code units (astral Han
 * characters count once, through their high surrogate).
 */
export interface ScriptCounts {
  /** CJK unified ideographs (incl. extension A, compatibility ideographs, astral planes). */
  han: number;
  /** Hiragana + katakana: their presence means Japanese, not Chinese. */
  kana: number;
  hangul: number;
  cyrillic: number;
  /** ASCII and Latin-1/Extended Latin letters. */
  latin: number;
  digits: number;
}

/** True for a UTF-16 code unit that is a Han ideograph (BMP) or the lead of an astral one. */
export function isHanCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3007 ||
    // high surrogates of planes 2 and 3 (CJK extensions B–H)
    (c >= 0xd840 && c <= 0xd8bf)
  );
}

export function isLatinLetterCode(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

export function scriptCounts(text: string, limit = Infinity): ScriptCounts {
  const out: ScriptCounts = { han: 0, kana: 0, hangul: 0, cyrillic: 0, latin: 0, digits: 0 };
  const n = Math.min(text.length, limit);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) out.latin++;
      else if (c >= 0x30 && c <= 0x39) out.digits++;
    } else if (isHanCode(c)) out.han++;
    else if (c >= 0x3040 && c <= 0x30ff) out.kana++;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff)) out.hangul++;
    else if (c >= 0x400 && c <= 0x4ff) out.cyrillic++;
    else if (isLatinLetterCode(c)) out.latin++;
  }
  return out;
}
