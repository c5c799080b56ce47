/**
 * Character classes of the sentence split (sentenceSpans): one Uint16 of bits per UTF-16
 * code unit. SEEN_* bits are public (the checks read them in SentenceSpans.seen); the others
 * are the split's own.
 */

/** Private-use characters (U+E000–F8FF): inline-tag placeholders. */
export const SEEN_PRIVATE_USE = 256;
/** ( or （ */
export const SEEN_OPEN_PAREN = 512;
/** Half-width , ; : ( ) ? ! . and full-width letters or digits (U+FF10–19, FF21–3A, FF41–5A). */
export const SEEN_HALF_PUNCT = 2048;
/** Brackets and quotes: ( ) （ ） [ ] 【 】 “ ” 《 》 「 」 『 』 */
export const SEEN_BRACKET = 4096;
/** ASCII digits. */
export const SEEN_DIGIT = 8192;
/** Space, tab, ideographic space, no-break space. */
export const SEEN_INLINE_SPACE = 16384;
/**
 * Not a class (above the table's 16 bits): asked for in `collect`, the split also lists in
 * `repeats` every Han character of the main block (U+4E00–9FFF) equal to one 1–5 places
 * earlier: where fluency.repetition's doublings (的的, 模型模型, 攻击的攻击) can be.
 */
export const COLLECT_REPEATS = 65536;

// character classes, one table lookup per character
export const HAN = 1;
export const ALNUM = 2;
export const STOP = 4; // . ! ? ; newline 。！？；…｡
export const TERM = 8; // terminators: . ! ? ; 。！？；…｡
export const FULL = 16; // full-width terminators that always end a sentence: 。！？；｡
export const CLOSER = 32; // ” ’ 」 』 ） ) 】 》 〕 ］ ] } " ' » 〉
export const SPACE = 64; // space, tab, LF, CR, FF, ideographic space, no-break space
export const CJK = 128; // Han, CJK symbols and kana (U+3000–30FF), full-width forms (U+FF00–FFEF)
export const WORD = 1024; // \w of a regular expression: [A-Za-z0-9_]
export const NUMBER_START = 32768; // t f s e n h m d T F S E N H M D

/** Class bits of every UTF-16 code unit (the constants above, OR-ed). */
export const CLASS = new Uint16Array(0x10000);
{
  const set = (from: number, to: number, bit: number) => {
    for (let c = from; c <= to; c++) CLASS[c] |= bit;
  };
  for (const [a, b] of [[0x4e00, 0x9fff], [0x3400, 0x4dbf], [0xf900, 0xfaff], [0xd840, 0xd8bf]]) set(a, b, HAN | CJK);
  set(0x3007, 0x3007, CJK); // 〇: CJK for the splitter, not counted as Han by the length model
  set(0x3000, 0x30ff, CJK);
  set(0xff00, 0xffef, CJK);
  set(0x30, 0x39, ALNUM);
  set(0x41, 0x5a, ALNUM);
  set(0x61, 0x7a, ALNUM);
  for (const c of [0x2e, 0x21, 0x3f, 0x3b]) CLASS[c] |= STOP | TERM;
  CLASS[0x0a] |= STOP;
  for (const c of [0x3002, 0xff01, 0xff1f, 0xff1b, 0xff61]) CLASS[c] |= STOP | TERM | FULL;
  CLASS[0x2026] |= STOP | TERM;
  for (const ch of '”’」』）)】》〕］]}"\'»〉') CLASS[ch.charCodeAt(0)] |= CLOSER;
  for (const c of [0x20, 0x09, 0x0a, 0x0d, 0x0c, 0x3000, 0xa0]) CLASS[c] |= SPACE;
  set(0xe000, 0xf8ff, SEEN_PRIVATE_USE);
  CLASS[0x28] |= SEEN_OPEN_PAREN;
  CLASS[0xff08] |= SEEN_OPEN_PAREN;
  set(0x30, 0x39, WORD);
  set(0x41, 0x5a, WORD);
  set(0x61, 0x7a, WORD);
  CLASS[0x5f] |= WORD;
  for (const ch of 'tfsenhmdTFSENHMD') CLASS[ch.charCodeAt(0)] |= NUMBER_START;
  for (const ch of ',;:()?!.') CLASS[ch.charCodeAt(0)] |= SEEN_HALF_PUNCT;
  set(0xff10, 0xff19, SEEN_HALF_PUNCT);
  set(0xff21, 0xff3a, SEEN_HALF_PUNCT);
  set(0xff41, 0xff5a, SEEN_HALF_PUNCT);
  for (const ch of '()（）[]【】“”《》「」『』') CLASS[ch.charCodeAt(0)] |= SEEN_BRACKET;
  set(0x30, 0x39, SEEN_DIGIT);
  for (const c of [0x20, 0x09, 0x3000, 0xa0]) CLASS[c] |= SEEN_INLINE_SPACE;
}
