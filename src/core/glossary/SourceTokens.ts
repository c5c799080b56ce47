
import { EnglishWords, WORD_ACRONYM_SHAPED, WORD_GAP_OK, WORD_HYPHEN_NEXT, BYTE_APOS } from '../text/EnglishWords';
import { FORM_ACRONYM, FORM_STARTS, type SourceIndex } from './SourceIndex';

/** Token flags: the scan's WORD_* flags of the same value. */
export const TOKEN_HYPHEN_NEXT = 1; // joined to the next token by one hyphen
export const TOKEN_GAP_OK = 2; // only whitespace/hyphens between the previous token and this one
export const TOKEN_ACRONYM_SHAPED = 4; // [A-Z][A-Z0-9]*, or that with a plural s after a capital
if (WORD_HYPHEN_NEXT !== TOKEN_HYPHEN_NEXT || WORD_GAP_OK !== TOKEN_GAP_OK || WORD_ACRONYM_SHAPED !== TOKEN_ACRONYM_SHAPED) {
  throw new Error('SourceTokens: the TOKEN_* flags must equal the word scan\'s WORD_* flags');
}

// Imported values read once: a CommonJS build (tsx, the CLI) reads imports through getters.
const HYPHEN_NEXT = TOKEN_HYPHEN_NEXT;
const STARTS = FORM_STARTS;
const ACRONYM = FORM_ACRONYM;
const APOS = BYTE_APOS;
const lookedUp = EnglishWords.lookedUp;

/**
 * The words of one English text as `matchSource` needs them: the scan (`EnglishWords`, shared
 * with the sentence split), which looks each word up in the glossary's packed word table as it
 * goes, each word's value there ((form id << 8) | FORM_SEEN | form flags; `SourceIndex`), and
 * in typed arrays reused from text to text (matching is synchronous and not re-entrant) the
 * words that may start a hit. One object per module.
 */
export class SourceTokens {
  /** Words found by the last `scan`. */
  count = 0;
  start = new Int32Array(0);
  end = new Int32Array(0);
  /** Per word: (form id << 8) | FORM_SEEN | form flags (FORM_LINK … FORM_DEEP). */
  value = new Int32Array(0);
  /** TOKEN_* flags. */
  flags = new Uint8Array(0);
  /** Form of the hyphen-joined pair starting here, when `joinStamp` is this text's stamp. */
  join = new Int32Array(0);
  joinStamp = new Int32Array(0);
  /** Words that may start a hit (a term's first word, an acronym, or joined to the next by a hyphen), in order. */
  cand = new Int32Array(0);
  candCount = 0;
  /** The scan of the text (its bytes, words, values). */
  words: EnglishWords = EnglishWords.of('');
  private stamp = 0;
  private cap = 0;

  private ensure(n: number): void {
    if (n <= this.cap) return;
    const cap = (this.cap = Math.max(n, this.cap * 2, 256));
    this.join = new Int32Array(cap);
    this.joinStamp = new Int32Array(cap);
    this.stamp = 0;
  }

  /** Scans `text` (or takes its recent scan with values from this table) and lists the candidates; returns the token count. */
  scan(ix: SourceIndex, text: string): number {
    const w = (this.words = lookedUp(text, ix.packed, ix.generation));
    const n = w.count;
    this.ensure(n);
    this.start = w.start;
    this.end = w.end;
    this.value = w.value;
    this.flags = w.flags;
    this.stamp++;
    this.resolve(ix, text);
    this.count = n;
    return n;
  }

  /**
   * Gives the words the scan did not find in the table (new words, words over 15 units) their
   * form (stored in the scan's values: a later match of the same text finds them there), and
   * lists the words that may start a hit.
   */
  private resolve(ix: SourceIndex, text: string): void {
    const w = this.words;
    this.cand = w.cand;
    if (w.unresolved !== 0) {
      // the scan listed the words it did not find: give each its form, then keep the
      // candidates (some term or acronym starts with it, or a hyphen joins it to the next)
      const values = this.value;
      const flagsOf = this.flags;
      const cand = w.cand;
      let nc = 0;
      for (let c = 0, count = w.candCount; c < count; c++) {
        const t = cand[c];
        let v = values[t];
        if (v === 0) values[t] = v = this.formOf(ix, text, t);
        if ((v & (STARTS | ACRONYM)) !== 0 || (flagsOf[t] & HYPHEN_NEXT) !== 0) cand[nc++] = t;
      }
      w.candCount = nc;
      w.unresolved = 0;
    }
    this.candCount = w.candCount;
  }

  /** The value of word t, not in the packed table: added there (up to 15 units) or to the long words'. */
  private formOf(ix: SourceIndex, text: string, t: number): number {
    const s = this.start[t];
    const e = this.end[t];
    if (e - s > 15) return ix.longForm(text, s, e, e, e);
    this.pack(s, e, e, e);
    return ix.shortForm(text, s, e, e, e, this.a, this.b, this.d);
  }

  /** Form of tokens j and j+1 written solid ("pre" + "trained" → pretrained). */
  joinedForm(ix: SourceIndex, text: string, j: number): number {
    if (this.joinStamp[j] === this.stamp) return this.join[j];
    let f: number;
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
    this.joinStamp[j] = this.stamp;
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
