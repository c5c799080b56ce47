import { BYTE_APOS, englishBytes, WORD_BYTES } from './englishBytes';
import { NO_LOOKUP, valueIn, type PackedWordLookup } from './PackedWordLookup';
import { NUMBER_PREFIX_BITS } from './numberWordPrefix';

export { packedHash } from './PackedWordLookup';
export type { PackedWordLookup } from './PackedWordLookup';

/** Word flags. */
export const WORD_HYPHEN_NEXT = 1; // joined to the next word by one hyphen
export const WORD_GAP_OK = 2; // only whitespace/hyphens between the previous word and this one
export const WORD_ACRONYM_SHAPED = 4; // [A-Z][A-Z0-9]*, or that with a plural s after a capital
export const WORD_APOSTROPHE = 8; // holds an apostrophe (model's, don’t)
export const WORD_DIGIT = 16; // holds an ASCII digit

// Module constants (a CommonJS build reads imports through getters: not in the loops).
const HYPHEN_NEXT = WORD_HYPHEN_NEXT;
const GAP_OK = WORD_GAP_OK;
const ACRONYM_SHAPED = WORD_ACRONYM_SHAPED;

export { BYTE_APOS } from './englishBytes';
const APOS = BYTE_APOS;
const PREFIX_BITS = NUMBER_PREFIX_BITS;
const toBytes = englishBytes;
const find = valueIn;
const { CODE, GAP, acronymShaped, allDigits, firstDigitIn, gapOk } = WORD_BYTES;
const { GAP_SPACE, GAP_HYPHEN, GAP_LONE, GAP_LONE_SPACE } = WORD_BYTES;

/** Scans kept (a unit's source, and the few expansion texts matched between its checks). */
const KEPT = 4;

/**
 * The words of one English text — what /[A-Za-z0-9]+(?:['’][A-Za-z]+)*\/g matches (as
 * `tokenizeEnglish`) — found by one scan of its bytes and kept in typed arrays: offsets,
 * flags and, when the term matcher asks (`lookedUp`), each word's value in its table (a word
 * of at most 15 units packed exactly into three integers, six bits a unit: a–z folded 1–26,
 * ' 27, ’ 28, 0–9 32–41; units 1–5, 6–10, 11–15). For the English sentence split
 * (`sentenceSpans`) it also lists the gaps that are not a lone space or hyphen (the only
 * ones the split reads), the letters and digits before each, and the possible number-word
 * starts. The last few scans are kept.
 */
export class EnglishWords {
  /** The text scanned. */
  text = '';
  /** Words found. */
  count = 0;
  start = new Int32Array(0);
  end = new Int32Array(0);
  /** WORD_* flags. */
  flags = new Uint8Array(0);
  /** Each word's value in `lookup` (0: not there, or over 15 units; the matcher writes those it finds). */
  value = new Int32Array(0);
  /** The table the values are from (NO_LOOKUP: none), and the `stamp` the matcher gave with it. */
  lookup = NO_LOOKUP;
  stamp = 0;
  /** The text as bytes (see englishBytes), then the sentinels 0 and 'a'. */
  chars = new Uint8Array(0);
  /** Gaps neither empty nor a lone ' ' or '-', ascending, as the index of the word after each (`count`: the last gap). */
  gaps = new Int32Array(0);
  gapCount = 0;
  /** Per listed gap: ASCII letters and digits in the words before it. */
  gapAlnum = new Int32Array(0);
  /** ASCII letters and digits in all words (apostrophes are no letters). */
  alnum = 0;
  /** Some gap is a lone space. */
  spaceGap = false;
  /** Position of the first ASCII digit, or -1. */
  firstDigit = -1;
  /**
   * Starts of the \w runs whose first three characters are ASCII letters spelling the first
   * three of an English number word (two, thr, fou, …: NUMBER_WORD_PREFIXES, either case):
   * words (not after '_') and the letters after their apostrophes. Ascending; a few a text.
   */
  numberStarts = new Int32Array(0);
  numberStartCount = 0;
  /**
   * The words that may start a term hit, ascending: a value with a bit of the table's
   * `candidateMask`, a value of 0 (not found: the matcher gives it one), or joined to the next
   * word by a hyphen. `unresolved`: words of value 0 (the matcher resolves them, filters the
   * list and sets this to 0).
   */
  cand = new Int32Array(0);
  candCount = 0;
  unresolved = 0;
  private cap = 0;
  private used = 0;

  private static readonly kept: EnglishWords[] = [];
  private static clock = 0;

  /** The words of `text`, scanned now or taken from a recent scan of the same text. */
  static of(text: string): EnglishWords {
    return EnglishWords.lookedUp(text, NO_LOOKUP, 0);
  }

  /**
   * The words of `text` with their values in `lookup`: a recent scan of the same text when it
   * looked them up in that table with the same `stamp` (the caller changes the stamp when
   * values already found change meaning), else a new scan.
   */
  static lookedUp(text: string, lookup: PackedWordLookup, stamp: number): EnglishWords {
    const kept = EnglishWords.kept;
    const now = ++EnglishWords.clock;
    let oldest = 0;
    for (let k = 0; k < kept.length; k++) {
      const w = kept[k];
      if (w.text === text) {
        w.used = now;
        if (lookup !== NO_LOOKUP && (w.lookup !== lookup || w.stamp !== stamp)) w.scan(text, lookup, stamp);
        return w;
      }
      if (w.used < kept[oldest].used) oldest = k;
    }
    let w: EnglishWords;
    if (kept.length < KEPT) kept.push((w = new EnglishWords()));
    else w = kept[oldest];
    w.used = now;
    w.scan(text, lookup, stamp);
    return w;
  }

  private ensure(n: number): void {
    if (n <= this.cap) return;
    const cap = (this.cap = Math.max(n, this.cap * 2, 256));
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.flags = new Uint8Array(cap);
    this.value = new Int32Array(cap);
    this.gaps = new Int32Array(cap);
    this.gapAlnum = new Int32Array(cap);
    this.numberStarts = new Int32Array(cap);
    this.cand = new Int32Array(cap);
  }

  /**
   * Finds the words of `text`: offsets, flags, values in `lookup` (probed right after each
   * word is packed: no second pass over the words), and what the split needs (see above). Characters are read through `CODE` (one load a character, no range
   * tests) and packed five to an integer: the first five units unrolled, the next ten in two
   * loops. The lists are appended without branches (a slot written, the count advanced by 0 or 1).
   */
  private scan(text: string, lookup: PackedWordLookup, stamp: number): void {
    this.text = text;
    this.lookup = lookup;
    this.stamp = stamp;
    const digitValue = lookup.digitValue;
    const len = text.length;
    // a word takes a character and a separator: never more than this words, gaps or number starts
    this.ensure((len >> 1) + 2);
    const cs = (this.chars = toBytes(text, this.chars));
    const code = CODE;
    const starts = this.start;
    const ends = this.end;
    const flagsOf = this.flags;
    const values = this.value;
    const gaps = this.gaps;
    const gapAlnum = this.gapAlnum;
    const numberStarts = this.numberStarts;
    const prefixBits = PREFIX_BITS;
    const cand = this.cand;
    const candMask = lookup.candidateMask;
    let nc = 0;
    let zeros = 0;
    let ng = 0;
    let nn = 0;
    let alnum = 0;
    let lones = 0; // GAP bits of the lone gaps, OR-ed
    let firstDigit = -1;
    let n = 0;
    let prevEnd = 0;
    let i = 0;
    for (;;) {
      let u = code[cs[i]];
      while (u === 0) u = code[cs[++i]]; // stops at the sentinel 'a' at len + 1
      if (i >= len) break;
      const start = i;
      let a = 0;
      let b = 0;
      let d = 0;
      let over = 0; // codes past the 15th unit, OR-ed (a digit sets bit 5)
      // units 1–5 (most words end here)
      a = u;
      u = code[cs[++i]];
      for (const stop5 = start + 5; u !== 0 && i < stop5; u = code[cs[++i]]) a = (a << 6) | u;
      // a possible number word (a \w run: not after '_') whose first three units are letters
      // (no digit bit: see CODE) spelling a number word's first three: a few a text
      const k1 = i - start; // units in `a`, 1–5
      const t3 = k1 >= 3 ? a >>> ((k1 - 3) * 6) : 0x20;
      const key = (t3 & 0x20820) === 0 ? ((t3 >> 2) & 0x7c00) | ((t3 >> 1) & 0x3e0) | (t3 & 31) : 0;
      numberStarts[nn] = start;
      if (start === 0 || cs[start - 1] !== 0x5f) nn += (prefixBits[key >> 5] >>> (key & 31)) & 1;
      if (u !== 0) {
        let stop = i + 5;
        do {
          b = (b << 6) | u;
          u = code[cs[++i]];
        } while (u !== 0 && i < stop);
        if (u !== 0) {
          stop += 5;
          do {
            d = (d << 6) | u;
            u = code[cs[++i]];
          } while (u !== 0 && i < stop);
          while (u !== 0) {
            over |= u;
            u = code[cs[++i]]; // over 15 units: not packed (a long form)
          }
        }
      }
      let c = cs[i];
      let flags = 0;
      let apostrophes = 0;
      if ((c === 0x27 || c === APOS) && isLetter(code[cs[i + 1]])) {
        // (?:['’][A-Za-z]+)*: rare; packed unit by unit
        flags = WORD_APOSTROPHE;
        let k = i - start;
        while ((c === 0x27 || c === APOS) && isLetter((u = code[cs[i + 1]]))) {
          const q = c === 0x27 ? 27 : 28;
          if (k < 5) a = (a << 6) | q;
          else if (k < 10) b = (b << 6) | q;
          else if (k < 15) d = (d << 6) | q;
          k++;
          i++;
          apostrophes++; // no letter, and a \w run starts after it
          numberStarts[nn] = i;
          nn += prefixAt(cs, i);
          do {
            if (k < 5) a = (a << 6) | u;
            else if (k < 10) b = (b << 6) | u;
            else if (k < 15) d = (d << 6) | u;
            k++;
            u = code[cs[++i]];
          } while (isLetter(u));
          c = cs[i];
        }
      }
      const end = i;
      const c0 = cs[start];
      if (flags === 0 && c0 >= 0x41 && c0 <= 0x5a && end - start > 1 && acronymShaped(cs, start, end)) flags = ACRONYM_SHAPED;
      // a digit's code has bit 5 set, a letter's or an apostrophe's not (see CODE)
      if (((a | b | d | over) & 0x20820820) !== 0) {
        flags |= WORD_DIGIT;
        if (firstDigit < 0) firstDigit = firstDigitIn(cs, start);
      }
      // the gap before the word: listed for the split unless a lone space or hyphen (most)
      if (start === prevEnd + 1) {
        const g = GAP[cs[prevEnd]]; // GAP_* bits
        if (g & GAP_LONE) lones |= g;
        else {
          gaps[ng] = n;
          gapAlnum[ng++] = alnum;
        }
        if (n > 0) {
          if (g & GAP_HYPHEN) {
            flagsOf[n - 1] |= HYPHEN_NEXT;
            // joined to this word: a candidate (listed last unless it is already)
            if (nc === 0 || cand[nc - 1] !== n - 1) cand[nc++] = n - 1;
          }
          if (g & (GAP_HYPHEN | GAP_SPACE)) flags |= GAP_OK;
        }
      } else if (start !== prevEnd) {
        gaps[ng] = n;
        gapAlnum[ng++] = alnum;
        if (n > 0 && gapOk(cs, prevEnd, start)) flags |= GAP_OK;
      }
      alnum += end - start - apostrophes;
      starts[n] = start;
      ends[n] = end;
      flagsOf[n] = flags;
      // a word over 15 units is not packed (0: the matcher looks it up); all-digit words may take one value unlooked
      const value = end - start > 15 ? 0 : digitValue !== 0 && c0 <= 0x39 && allDigits(cs, start, end) ? digitValue : find(lookup, a, b, d);
      values[n] = value;
      // listed without a branch (a candidate bit, or no value yet): the slot kept when nc advances
      const zero = value === 0 ? 1 : 0;
      const m = (value & candMask) | zero;
      cand[nc] = n;
      nc += (m | -m) >>> 31;
      zeros += zero;
      n++;
      prevEnd = end;
    }
    // the gap after the last word (or the whole text when it has none), without branches: a
    // branch taken by few texts would have no type feedback when the loop above is optimised
    // (on its first long text), and its first use would throw the optimised code away
    const tail = len - prevEnd;
    const lone = tail === 1 ? GAP[cs[prevEnd]] & (GAP_LONE | GAP_LONE_SPACE) : 0;
    lones |= lone;
    gaps[ng] = n;
    gapAlnum[ng] = alnum;
    ng += tail !== 0 && lone === 0 ? 1 : 0;
    this.count = n;
    this.candCount = nc;
    this.unresolved = zeros;
    this.gapCount = ng;
    this.numberStartCount = nn;
    this.alnum = alnum;
    this.spaceGap = (lones & GAP_LONE_SPACE) !== 0;
    this.firstDigit = firstDigit;
  }
}

/** A word code (CODE) of a letter. */
function isLetter(u: number): boolean {
  return u !== 0 && u <= 26;
}

/** 1 when the three units at p of `cs` are letters spelling a number word's first three (see numberStarts). */
function prefixAt(cs: Uint8Array, p: number): number {
  const code = CODE;
  const a = code[cs[p]];
  if (a === 0 || a > 26) return 0;
  const b = code[cs[p + 1]];
  if (b === 0 || b > 26) return 0;
  const c = code[cs[p + 2]];
  if (c === 0 || c > 26) return 0;
  const k = (a << 10) | (b << 5) | c;
  return (PREFIX_BITS[k >> 5] >>> (k & 31)) & 1;
}
