/** Word flags. */
export const WORD_HYPHEN_NEXT = 1; // joined to the next word by one hyphen
export const WORD_GAP_OK = 2; // only whitespace/hyphens between the previous word and this one
export const WORD_ACRONYM_SHAPED = 4; // [A-Z][A-Z0-9]*, or that with a plural s after a capital
export const WORD_APOSTROPHE = 8; // holds an apostrophe (model's, don’t)
export const WORD_DIGIT = 16; // holds an ASCII digit

/** `EnglishWords.hash` of a word over 15 units (not packed) and of an all-digit word. */
export const WORD_LONG = -1;
export const WORD_ALL_DIGITS = -2;

// Module constants (a CommonJS build reads imports through getters: not in the loops).
const HYPHEN_NEXT = WORD_HYPHEN_NEXT;
const GAP_OK = WORD_GAP_OK;
const ACRONYM_SHAPED = WORD_ACRONYM_SHAPED;
const LONG = WORD_LONG;
const ALL_DIGITS = WORD_ALL_DIGITS;

// The text's code units as bytes, one byte a code unit (offsets stay UTF-16 offsets): ASCII
// as is, ’ → APOS, U+2010/U+2011 → HYPHEN, other Unicode whitespace → SPACE, the rest → OTHER.
const encoder: TextEncoder | undefined = typeof TextEncoder === 'function' ? new TextEncoder() : undefined;
export const BYTE_APOS = 0x80;
export const BYTE_HYPHEN = 0x81;
const APOS = BYTE_APOS;
const HYPHEN = BYTE_HYPHEN;
const SPACE = 0x82;
const OTHER = 0x83;

/** Scans kept (a unit's source, and the few expansion texts matched between its checks). */
const KEPT = 4;

/**
 * The words of one English text — what /[A-Za-z0-9]+(?:['’][A-Za-z]+)*\/g matches (as
 * `tokenizeEnglish`) — found by one scan of its bytes and kept in typed arrays: offsets,
 * flags, each word of at most 15 units packed exactly into three integers (six bits a
 * unit: a–z folded 1–26, ' 27, ’ 28, 0–9 32–41; units 1–5 in `pa`, 6–10 in `pb`, 11–15 in
 * `pd`) with its hash. One scan serves the term matcher (`matchSource`, which looks the
 * packed words up) and the English sentence split (`sentenceSpans`, which reads the words
 * and visits only the characters between them). `EnglishWords.of` keeps the last few scans.
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
  pa = new Int32Array(0);
  pb = new Int32Array(0);
  pd = new Int32Array(0);
  /** `PackedWordTable.hash` of (pa, pb, pd) & 0x7fffffff; WORD_LONG (then not packed), WORD_ALL_DIGITS: see above. */
  hash = new Int32Array(0);
  /** The text as bytes (see above), then the sentinels 0 and 'a'. */
  chars = new Uint8Array(0);
  private cap = 0;
  private used = 0;

  private static readonly kept: EnglishWords[] = [];
  private static clock = 0;

  /** The words of `text`, scanned now or taken from a recent scan of the same text. */
  static of(text: string): EnglishWords {
    const kept = EnglishWords.kept;
    const now = ++EnglishWords.clock;
    let oldest = 0;
    for (let k = 0; k < kept.length; k++) {
      const w = kept[k];
      if (w.text === text) {
        w.used = now;
        return w;
      }
      if (w.used < kept[oldest].used) oldest = k;
    }
    let w: EnglishWords;
    if (kept.length < KEPT) kept.push((w = new EnglishWords()));
    else w = kept[oldest];
    w.used = now;
    w.scan(text);
    return w;
  }

  private ensure(n: number): void {
    if (n <= this.cap) return;
    const cap = (this.cap = Math.max(n, this.cap * 2, 256));
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.flags = new Uint8Array(cap);
    this.pa = new Int32Array(cap);
    this.pb = new Int32Array(cap);
    this.pd = new Int32Array(cap);
    this.hash = new Int32Array(cap);
  }

  /**
   * Fills `chars` from `text` (one native copy when the text is ASCII, as most English is),
   * then two sentinels: chars[len] = 0 (no word character: a word's loop stops there without
   * a bounds test) and chars[len + 1] = 'a' (a word character: the loop skipping separators
   * stops there; a word starting at len + 1 is past the end).
   */
  private loadChars(text: string): void {
    const len = text.length;
    if (this.chars.length < len + 2) this.chars = new Uint8Array(Math.max(len + 2, this.chars.length * 2, 4096));
    const chars = this.chars;
    let from = 0;
    if (encoder) {
      const { read, written } = encoder.encodeInto(text, chars);
      chars[len] = 0;
      chars[len + 1] = 0x61;
      if (read === len && written === len) return;
      // not ASCII: bytes before the first multi-byte character are right; map the rest one by one
      while (from < written && from < len && chars[from] < 0x80) from++;
    }
    for (let i = from; i < len; i++) {
      const c = text.charCodeAt(i);
      chars[i] = c < 0x80 ? c : c === 0x2019 ? APOS : c === 0x2010 || c === 0x2011 ? HYPHEN : isSpace(c) ? SPACE : OTHER;
    }
    chars[len] = 0;
    chars[len + 1] = 0x61;
  }

  /**
   * Finds the words of `text`: offsets, flags, packed forms and hashes. Characters are read
   * through `CODE` (one load a character, no range tests) and packed five to an integer: the
   * first five units unrolled, the next ten in two loops.
   */
  private scan(text: string): void {
    this.text = text;
    const len = text.length;
    this.ensure((len >> 1) + 2); // a word takes a character and a separator: never more than this
    this.loadChars(text);
    const cs = this.chars;
    const code = CODE;
    const starts = this.start;
    const ends = this.end;
    const flagsOf = this.flags;
    const pa = this.pa;
    const pb = this.pb;
    const pd = this.pd;
    const hash = this.hash;
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
      // units 1–5 unrolled (most words end here: one test a unit, no count)
      a = u;
      u = code[cs[++i]];
      if (u !== 0) {
        a = (a << 6) | u;
        u = code[cs[++i]];
        if (u !== 0) {
          a = (a << 6) | u;
          u = code[cs[++i]];
          if (u !== 0) {
            a = (a << 6) | u;
            u = code[cs[++i]];
            if (u !== 0) {
              a = (a << 6) | u;
              u = code[cs[++i]];
            }
          }
        }
      }
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
      if (((a | b | d | over) & 0x20820820) !== 0) flags |= WORD_DIGIT;
      if (n > 0) {
        if (start === prevEnd + 1) {
          const g = GAP[cs[prevEnd]];
          if (g === 2) flagsOf[n - 1] |= HYPHEN_NEXT;
          if (g !== 0) flags |= GAP_OK;
        } else if (gapOk(cs, prevEnd, start)) flags |= GAP_OK;
      }
      starts[n] = start;
      ends[n] = end;
      flagsOf[n] = flags;
      if (end - start > 15) hash[n] = LONG;
      else if (c0 > 0x39 || !allDigits(cs, start, end)) {
        pa[n] = a;
        pb[n] = b;
        pd[n] = d;
        hash[n] = packedHash(a, b, d) & 0x7fffffff;
      } else {
        pa[n] = a;
        pb[n] = b;
        pd[n] = d;
        hash[n] = ALL_DIGITS;
      }
      n++;
      prevEnd = end;
    }
    this.count = n;
  }
}

/** `PackedWordTable.hash` (the same function: the matcher probes that table with it). */
export function packedHash(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ 0x5bd1e995, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 13);
}

/** Byte → six-bit word code: A–Z/a–z 1–26, 0–9 32–41; 0 for any other byte (not a word character). */
const CODE = new Uint8Array(256);
for (let c = 0; c < 26; c++) CODE[0x41 + c] = CODE[0x61 + c] = c + 1;
for (let c = 0; c < 10; c++) CODE[0x30 + c] = c + 32;

/** Byte between two words → 0: breaks a term, 1: whitespace, 2: a hyphen (joins the words). */
const GAP = new Uint8Array(256);
for (const c of [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, SPACE]) GAP[c] = 1;
GAP[0x2d] = GAP[HYPHEN] = 2;

/** [A-Z][A-Z0-9]*, or that with a plural s after a capital (GNNs), starting with a capital. */
function acronymShaped(cs: Uint8Array, start: number, end: number): boolean {
  let i = start + 1;
  while (i < end) {
    const c = cs[i];
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) break;
    i++;
  }
  if (i === end) return true;
  return i === end - 1 && end - start > 2 && cs[i] === 0x73 && cs[i - 1] >= 0x41 && cs[i - 1] <= 0x5a;
}

function allDigits(cs: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (cs[i] < 0x30 || cs[i] > 0x39) return false;
  return true;
}

/** A word code (CODE) of a letter. */
function isLetter(u: number): boolean {
  return u !== 0 && u <= 26;
}

/** Only whitespace or hyphens in [from, to) (of `chars`). */
function gapOk(cs: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = cs[k];
    if (!(c === 0x20 || c === 0x2d || c === HYPHEN || c === SPACE || (c >= 0x09 && c <= 0x0d))) return false;
  }
  return true;
}

/** What /\s/ matches. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
