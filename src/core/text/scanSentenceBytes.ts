import { pushToken, sigSlot as sigSlotOf, tokenHash as tokenHashOf, TOKEN_NUMBER, TOKEN_STRONG_EN, TOKEN_STRONG_ZH, type SideTokens } from './anchorTokens';

// Read once: a CommonJS build reads imports through getters (per token here).
const push = pushToken;
const tokenHash = tokenHashOf;
const sigSlot = sigSlotOf;
const NUMBER = TOKEN_NUMBER;
const STRONG_EN = TOKEN_STRONG_EN;
const STRONG_ZH = TOKEN_STRONG_ZH;

// Byte classes (bits), for the bytes of englishBytes: ASCII as is, ’ 0x80, U+2010/2011 0x81,
// other Unicode whitespace 0x82, anything else 0x83.
const UPPER = 1; // A–Z
const LETTER = 2; // A–Z a–z
const DIGIT = 4; // 0–9
const JOIN = 8; // - ' ’: inside a word token when a letter or digit follows
const COUNT = 16; // counts as one character of the sentence's length (outside tokens)
const BAIL = 32; // a character this scan does not tell apart (Han, other scripts, Unicode spaces)
const ALNUM = LETTER | DIGIT;

const CLASS = new Uint8Array(256);
for (let c = 0x21; c <= 0x7f; c++) CLASS[c] = COUNT;
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = DIGIT;
for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = LETTER | UPPER;
for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = LETTER;
CLASS[0x2d] = CLASS[0x27] = CLASS[0x80] = JOIN | COUNT;
CLASS[0x81] = COUNT;
for (let c = 0x82; c <= 0xff; c++) CLASS[c] = BAIL;

/**
 * alignmentAnchors' scan of one source sentence (text[start, end), with `sig`) read from the
 * text's bytes `cs` (englishBytes, as the source's word scan made them): one table look-up a
 * character instead of the range tests on char codes. Same tokens (hashed from `text`), same
 * length and the same "not Chinese" verdict as the scan of the char codes, for a sentence of
 * ASCII, ’ and U+2010/2011 only: those bytes stand for one character each, which that scan
 * counts and joins exactly as the table says (’ joins like - and '; the hyphens U+2010/2011
 * only count), and with no Han (han 0) its length is `other` and the sentence is not
 * Chinese. On any other byte it undoes its tokens and returns false: the caller scans the
 * sentence's char codes instead.
 */
export function scanSentenceBytes(cs: Uint8Array, text: string, start: number, end: number, side: SideTokens, k: number, sig: Uint32Array): boolean {
  const cls = CLASS;
  const first = side.count;
  let other = 0;
  let i = start;
  while (i < end) {
    const b = cs[i];
    const t = cls[b];
    if ((t & ALNUM) === 0) {
      if ((t & BAIL) !== 0) {
        side.count = first;
        return false;
      }
      other += t >> 4; // COUNT (16) is the highest bit left
      i++;
    } else if ((t & DIGIT) !== 0) {
      let j = i + 1;
      while (j < end) {
        const d = cs[j];
        if (d >= 0x30 && d <= 0x39) j++;
        else if ((d === 0x2e || d === 0x2c) && j + 1 < end && cs[j + 1] >= 0x30 && cs[j + 1] <= 0x39) j += 2;
        else break;
      }
      push(side, i, j, j - i === 1 ? Math.imul(0x811c9dc5 ^ b, 16777619) : tokenHash(text, i, j, true), NUMBER | STRONG_EN | STRONG_ZH);
      other += j - i;
      i = j;
    } else {
      let j = i + 1;
      let upper = t & UPPER;
      let digits = 0;
      for (;;) {
        // most of a word is lower-case letters: passed with two tests a byte
        let d = cs[j];
        while (j < end && d >= 0x61 && d <= 0x7a) d = cs[++j];
        if (j >= end) break;
        const u = cls[d];
        if ((u & ALNUM) !== 0) {
          upper += u & UPPER;
          digits += u & DIGIT;
          j++;
        } else if ((u & JOIN) !== 0 && j + 1 < end && (cls[cs[j + 1]] & ALNUM) !== 0) j++;
        else break;
      }
      other += j - i;
      let e = j;
      // acronym plural: GNNs → GNN, ViTs → ViT
      if (upper >= 2 && e - i >= 3 && cs[e - 1] === 0x73 && (cls[cs[e - 2]] & UPPER) !== 0) e--;
      let f = 0;
      if (upper >= 2 || digits > 0) f |= STRONG_EN;
      if (e - i >= 2 || digits > 0) f |= STRONG_ZH;
      if ((f & STRONG_EN) !== 0) push(side, i, e, tokenHash(text, i, e, false), f);
      else {
        const slot = sigSlot(e - i, b);
        if ((sig[slot >>> 5] & (1 << (slot & 31))) !== 0) push(side, i, e, tokenHash(text, i, e, false), f);
      }
      i = j;
    }
  }
  side.len[k] = other; // the char scan's han / HAN_SCALE + other with han 0
  side.chinese[k] = 0;
  side.tokAt[k + 1] = side.count;
  return true;
}
