
import { EnglishWords, WORD_ACRONYM_SHAPED, WORD_ALL_DIGITS, WORD_GAP_OK, WORD_HYPHEN_NEXT, WORD_LONG, packedHash, BYTE_APOS } from '../text/EnglishWords';
import { FORM_ACRONYM, FORM_SEEN, FORM_STARTS, type SourceIndex } from './SourceIndex';

/** Token flags (bits 0–2, the scan's WORD_* flags of the same value; bits 4–7 hold the word's form flags, FORM_LINK … FORM_DEEP). */
export const TOKEN_HYPHEN_NEXT = 1; // joined to the next token by one hyphen
export const TOKEN_GAP_OK = 2; // only whitespace/hyphens between the previous token and this one
export const TOKEN_ACRONYM_SHAPED = 4; // [A-Z][A-Z0-9]*, or that with a plural s after a capital

// Imported values read once: a CommonJS build (tsx, the CLI) reads imports through getters.
const HYPHEN_NEXT = TOKEN_HYPHEN_NEXT;
const TOKEN_BITS = WORD_HYPHEN_NEXT | WORD_GAP_OK | WORD_ACRONYM_SHAPED;
const STARTS = FORM_STARTS;
const ACRONYM = FORM_ACRONYM;
const SEEN = FORM_SEEN;
const LONG = WORD_LONG;
const ALL_DIGITS = WORD_ALL_DIGITS;
const APOS = BYTE_APOS;
const hashOf = packedHash;
const wordsOf = EnglishWords.of;

/**
 * The words of one English text as `matchSource` needs them: the scan (`EnglishWords`, shared
 * with the sentence split) and, in typed arrays reused from text to text (matching is
 * synchronous and not re-entrant), each word's form id (`SourceIndex`), flags, and the list
 * of words that may start a hit. One object per module.
 */
export class SourceTokens {
  /** Words found by the last `scan`. */
  count = 0;
  start = new Int32Array(0);
  end = new Int32Array(0);
  /** Form id (`SourceIndex` row) of each word. */
  form = new Int32Array(0);
  /** TOKEN_* flags | form flags << 4. */
  flags = new Uint8Array(0);
  /** Form of the hyphen-joined pair starting here; -1 = not yet known. */
  join = new Int32Array(0);
  /** Words that may start a hit (a term's first word, an acronym, or joined to the next by a hyphen), in order. */
  cand = new Int32Array(0);
  candCount = 0;
  /** The scan of the text (its bytes, packed words). */
  words: EnglishWords = wordsOf('');
  /** What the slot-touching loop read (kept so that the loop is not optimised away). */
  touched = 0;
  private cap = 0;

  private ensure(n: number): void {
    if (n <= this.cap) return;
    const cap = (this.cap = Math.max(n, this.cap * 2, 256));
    this.form = new Int32Array(cap);
    this.join = new Int32Array(cap);
    this.flags = new Uint8Array(cap);
    this.cand = new Int32Array(cap);
  }

  /** Scans `text` (or takes its recent scan) and gives each token its form id; returns the token count. */
  scan(ix: SourceIndex, text: string): number {
    const w = (this.words = wordsOf(text));
    const n = w.count;
    this.ensure(n);
    this.start = w.start;
    this.end = w.end;
    this.resolve(ix, text, n);
    this.count = n;
    return n;
  }

  /**
   * Gives each word its form (the packed table's lookup inlined) and lists the words that
   * may start a hit. The table is large and mostly out of the processor's near caches, so
   * every word's slot is read first in a loop of independent loads (the processor waits for
   * many at once), then looked up.
   */
  private resolve(ix: SourceIndex, text: string, n: number): void {
    const w = this.words;
    const starts = w.start;
    const ends = w.end;
    const wordFlags = w.flags;
    const pa = w.pa;
    const pb = w.pb;
    const pd = w.pd;
    const hash = w.hash;
    const forms = this.form;
    const flagsOf = this.flags;
    const joins = this.join;
    const cand = this.cand;
    const packed = ix.packed;
    const numbers = ix.digitKeys; // else an all-digit word has no form (no term has a number)
    let slots = packed.slots;
    let mask = packed.mask;
    let touched = 0;
    for (let t = 0; t < n; t++) touched |= slots[((hash[t] & mask) << 2) + 3];
    this.touched = touched;
    let nc = 0;
    for (let t = 0; t < n; t++) {
      let h = hash[t];
      if (h === ALL_DIGITS && numbers) h = hashOf(pa[t], pb[t], pd[t]) & 0x7fffffff;
      let f = SEEN; // (form id << 8) | SEEN | form flags
      if (h >= 0) {
        const a = pa[t];
        const b = pb[t];
        const d = pd[t];
        for (let p = h & mask; ; p = (p + 1) & mask) {
          const q = p << 2;
          const id = slots[q + 3];
          if (id === 0) {
            f = ix.shortForm(text, starts[t], ends[t], ends[t], ends[t], a, b, d);
            slots = packed.slots;
            mask = packed.mask;
            break;
          }
          if (slots[q] === a && slots[q + 1] === b && slots[q + 2] === d) {
            f = id;
            break;
          }
        }
      } else if (h === LONG) f = ix.longForm(text, starts[t], ends[t], ends[t], ends[t]);
      const flags = (wordFlags[t] & TOKEN_BITS) | ((f & 0x0f) << 4);
      flagsOf[t] = flags;
      forms[t] = f >> 8;
      joins[t] = -1;
      // a candidate (some term or acronym starts with it, or a hyphen joins it to the next):
      // counted without a branch ((m | -m) >>> 31 is 1 for any m > 0)
      const m = (f & (STARTS | ACRONYM)) | (flags & HYPHEN_NEXT);
      cand[nc] = t;
      nc += (m | -m) >>> 31;
    }
    this.candCount = nc;
  }

  /** Form of tokens j and j+1 written solid ("pre" + "trained" → pretrained). */
  joinedForm(ix: SourceIndex, text: string, j: number): number {
    let f = this.join[j];
    if (f >= 0) return f;
    const s1 = this.start[j];
    const e1 = this.end[j];
    const s2 = this.start[j + 1];
    const e2 = this.end[j + 1];
    if (e1 - s1 + e2 - s2 > 15) f = ix.longForm(text, s1, e1, s2, e2) >> 8;
    else {
      this.pack(s1, e1, s2, e2);
      f = ix.shortForm(text, s1, e1, s2, e2, this.a, this.b, this.d) >> 8;
    }
    this.join[j] = f;
    return f;
  }

  // what `pack` made
  private a = 0;
  private b = 0;
  private d = 0;

  /** Packs the word [s1, e1) + [s2, e2) (at most 15 units) as the scan packs a solid word (same codes, same id). */
  private pack(s1: number, e1: number, s2: number, e2: number): void {
    const cs = this.words.chars;
    let a = 0;
    let b = 0;
    let d = 0;
    let k = 0;
    for (let r = 0; r < 2; r++) {
      for (let x = r ? s2 : s1, e = r ? e2 : e1; x < e; x++, k++) {
        const c = cs[x];
        const l = c | 0x20;
        const code = l >= 0x61 && l <= 0x7a ? l - 0x60 : c >= 0x30 && c <= 0x39 ? c - 0x10 : c === APOS ? 28 : 27;
        if (k < 5) a = (a << 6) | code;
        else if (k < 10) b = (b << 6) | code;
        else d = (d << 6) | code;
      }
    }
    this.a = a;
    this.b = b;
    this.d = d;
  }
}
