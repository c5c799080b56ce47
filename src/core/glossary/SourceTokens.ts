import { PackedWordTable } from './PackedWordTable';
import { FORM_ACRONYM, FORM_SEEN, FORM_STARTS, type SourceIndex } from './SourceIndex';

/** Token flags (bits 0–2; bits 4–7 hold the word's form flags, FORM_LINK … FORM_DEEP). */
export const TOKEN_HYPHEN_NEXT = 1; // joined to the next token by one hyphen
export const TOKEN_GAP_OK = 2; // only whitespace/hyphens between the previous token and this one
export const TOKEN_ACRONYM_SHAPED = 4; // [A-Z][A-Z0-9]*, or that with a plural s after a capital

// Imported values read once: a CommonJS build (tsx, the CLI) reads imports through getters.
const HYPHEN_NEXT = TOKEN_HYPHEN_NEXT;
const GAP_OK = TOKEN_GAP_OK;
const ACRONYM_SHAPED = TOKEN_ACRONYM_SHAPED;
const STARTS = FORM_STARTS;
const ACRONYM = FORM_ACRONYM;
const SEEN = FORM_SEEN;
const packedHash = PackedWordTable.hash;

// The text's code units as bytes, one byte a code unit (offsets stay UTF-16 offsets): ASCII
// as is, ’ → APOS, U+2010/U+2011 → HYPHEN, other Unicode whitespace → SPACE, the rest → OTHER.
const encoder: TextEncoder | undefined = typeof TextEncoder === 'function' ? new TextEncoder() : undefined;
const APOS = 0x80;
const HYPHEN = 0x81;
const SPACE = 0x82;
const OTHER = 0x83;

/** `SourceTokens.hash` of a word over 15 units (a WordFormTable lookup) and of a number no term needs. */
const LONG = -1;
const NO_FORM = -2;

/**
 * The words of one English text as `matchSource` needs them, in typed arrays reused from
 * text to text (matching is synchronous and not re-entrant): offsets, flags, form ids
 * (`SourceIndex`), and the list of words that may start a hit. One object per module.
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
  /** The text as bytes (see above). */
  chars = new Uint8Array(0);
  /** Each word packed (PackedWordTable's a, b, c) and its hash (LONG, NO_FORM: no packed lookup). */
  private pa = new Int32Array(0);
  private pb = new Int32Array(0);
  private pd = new Int32Array(0);
  private hash = new Int32Array(0);
  /** What the slot-touching loop read (kept so that the loop is not optimised away). */
  touched = 0;
  private cap = 0;

  private ensure(n: number): void {
    if (n <= this.cap) return;
    const cap = (this.cap = Math.max(n, this.cap * 2, 256));
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.form = new Int32Array(cap);
    this.join = new Int32Array(cap);
    this.flags = new Uint8Array(cap);
    this.cand = new Int32Array(cap);
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
   * Tokenises `text` into the buffers and gives each token its form id; returns the token
   * count. Two passes: `tokenize` (the words, packed), `resolve` (their forms).
   */
  scan(ix: SourceIndex, text: string): number {
    const n = this.tokenize(text, ix.digitKeys);
    this.resolve(ix, text, n);
    this.count = n;
    return n;
  }

  /**
   * Finds the words: offsets, TOKEN_* flags, and each word packed (`pa`, `pb`, `pd`) with
   * its PackedWordTable hash in `hash` (LONG: over 15 units; NO_FORM: a number that needs
   * none). Characters are read through `CODE` (one load a character, no range tests) and
   * packed five to an integer: the first five units unrolled, the next ten in two loops.
   */
  private tokenize(text: string, numbersNeedForms: boolean): number {
    const len = text.length;
    this.ensure((len >> 1) + 2); // a word takes a character and a separator: never more than this
    this.loadChars(text);
    const cs = this.chars;
    const code = CODE;
    const starts = this.start;
    const ends = this.end;
    const flagsOf = this.flags;
    const joins = this.join;
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
      // six-bit codes (PackedWordTable): units 1–5 in a, 6–10 in b, 11–15 in d
      let a = 0;
      let b = 0;
      let d = 0;
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
          while (u !== 0) u = code[cs[++i]]; // over 15 units: a long form (below)
        }
      }
      let c = cs[i];
      let apostrophe = false;
      if ((c === 0x27 || c === APOS) && isLetter(code[cs[i + 1]])) {
        // (?:['’][A-Za-z]+)*: rare; packed unit by unit
        apostrophe = true;
        let k = i - start;
        while ((c === 0x27 || c === APOS) && isLetter((u = code[cs[i + 1]]))) {
          const q = c === 0x27 ? 37 : 38;
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
      let flags = !apostrophe && c0 >= 0x41 && c0 <= 0x5a && end - start > 1 && acronymShaped(cs, start, end) ? ACRONYM_SHAPED : 0;
      if (n > 0) {
        if (start === prevEnd + 1) {
          const g = GAP[cs[prevEnd]];
          if (g === 2) {
            flagsOf[n - 1] |= HYPHEN_NEXT;
            joins[n - 1] = -1;
          }
          if (g !== 0) flags |= GAP_OK;
        } else if (gapOk(cs, prevEnd, start)) flags |= GAP_OK;
      }
      starts[n] = start;
      ends[n] = end;
      flagsOf[n] = flags;
      if (end - start > 15) hash[n] = LONG;
      else if (numbersNeedForms || c0 > 0x39 || !allDigits(cs, start, end)) {
        pa[n] = a;
        pb[n] = b;
        pd[n] = d;
        hash[n] = packedHash(a, b, d) & 0x7fffffff;
      } else hash[n] = NO_FORM;
      n++;
      prevEnd = end;
    }
    return n;
  }

  /**
   * Gives each word its form (the packed table's lookup inlined) and lists the words that
   * may start a hit. The table is large and mostly out of the processor's near caches, so
   * every word's slot is read first in a loop of independent loads (the processor waits for
   * many at once), then looked up.
   */
  private resolve(ix: SourceIndex, text: string, n: number): void {
    const starts = this.start;
    const ends = this.end;
    const forms = this.form;
    const flagsOf = this.flags;
    const cand = this.cand;
    const pa = this.pa;
    const pb = this.pb;
    const pd = this.pd;
    const hash = this.hash;
    const packed = ix.packed;
    let slots = packed.slots;
    let mask = packed.mask;
    let touched = 0;
    for (let t = 0; t < n; t++) touched |= slots[((hash[t] & mask) << 2) + 3];
    this.touched = touched;
    let nc = 0;
    for (let t = 0; t < n; t++) {
      const h = hash[t];
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
      const flags = flagsOf[t] | ((f & 0x0f) << 4);
      flagsOf[t] = flags;
      forms[t] = f >> 8;
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
      // packed as scan packs a solid word (same codes, same id)
      const cs = this.chars;
      let a = 0;
      let b = 0;
      let d = 0;
      let k = 0;
      for (let r = 0; r < 2; r++) {
        for (let x = r ? s2 : s1, e = r ? e2 : e1; x < e; x++, k++) {
          const c = cs[x];
          const l = c | 0x20;
          const code = l >= 0x61 && l <= 0x7a ? l - 0x60 : c >= 0x30 && c <= 0x39 ? c - 0x15 : c === 0x27 ? 37 : 38;
          if (k < 5) a = (a << 6) | code;
          else if (k < 10) b = (b << 6) | code;
          else d = (d << 6) | code;
        }
      }
      f = ix.shortForm(text, s1, e1, s2, e2, a, b, d) >> 8;
    }
    this.join[j] = f;
    return f;
  }
}

/** Byte → six-bit word code: A–Z/a–z 1–26, 0–9 27–36; 0 for any other byte (not a word character). */
const CODE = new Uint8Array(256);
for (let c = 0; c < 26; c++) CODE[0x41 + c] = CODE[0x61 + c] = c + 1;
for (let c = 0; c < 10; c++) CODE[0x30 + c] = c + 27;

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
