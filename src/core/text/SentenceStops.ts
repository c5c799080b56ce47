import { isAbbreviationAt } from './isAbbreviationAt';
import * as K from './textClasses';

// Imported values read once into constants: a CommonJS build (tsx, the CLI) reads imports
// through getters, too slow in the per-character loops.
const TERM = K.TERM;
const FULL = K.FULL;
const CLOSER = K.CLOSER;
const SPACE = K.SPACE;
const CJK = K.CJK;
const C = K.CLASS;
const abbreviationAt = isAbbreviationAt;

function isLowerCode(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** A half-width stop at `i` whose run ends at `j`: does the sentence end there? */
function endsHere(text: string, i: number, j: number, zh: boolean): boolean {
  const ch = text.charCodeAt(i);
  const n = text.length;
  // Chinese: a half-width stop right after CJK text or a closing bracket ends the sentence
  if (zh && i > 0 && (C[text.charCodeAt(i - 1)] & (CJK | CLOSER)) !== 0) return true;
  if (j >= n) return true;
  const nextCode = text.charCodeAt(j);
  // "79.6", "v1.2.3", "arxiv.org", "e.g.,": no whitespace, no split — unless CJK follows
  if ((C[nextCode] & SPACE) === 0) return (C[nextCode] & CJK) !== 0;
  if (ch === 0x3b) return zh; // an English semicolon does not end a sentence
  let k = j;
  while (k < n && (C[text.charCodeAt(k)] & SPACE) !== 0) k++;
  if (k >= n) return true;
  const next = text.charCodeAt(k);
  if (isLowerCode(next)) return false;
  if (ch !== 0x2e || j > i + 1) return true; // "!", "?", "...", "?)" end a sentence here
  return !abbreviationAt(text, i, next);
}

/** A lone "…" (or "……") ends a sentence only before the end, or before space + non-lower-case. */
function ellipsisEnds(text: string, j: number): boolean {
  const n = text.length;
  if (j >= n) return true;
  if ((C[text.charCodeAt(j)] & SPACE) === 0) return false;
  let k = j;
  while (k < n && (C[text.charCodeAt(k)] & SPACE) !== 0) k++;
  return k >= n || !isLowerCode(text.charCodeAt(k));
}

/**
 * The sentence ends of one text as the split's scans find them, with the Han and ASCII
 * letter/digit counts reached at each end (buffers reused from text to text: the split is
 * synchronous). `pass` decides at each stop character; the scan itself (over every
 * character, or only between the words of an English text) is the caller's.
 */
export class SentenceStops {
  /** Offsets where sentences end (not yet trimmed), the last one the text's length. */
  readonly ends: number[] = [];
  /** Han and letter/digit counts from the text's start to each end. */
  readonly hanAt: number[] = [];
  readonly alnumAt: number[] = [];
  /** Classes seen by the last `pass` (its characters never hold a digit). */
  seen = 0;

  reset(): void {
    this.ends.length = 0;
    this.hanAt.length = 0;
    this.alnumAt.length = 0;
  }

  /** Records a sentence end at `at` with the counts so far. */
  end(at: number, han: number, alnum: number): void {
    this.ends.push(at);
    this.hanAt.push(han);
    this.alnumAt.push(alnum);
  }

  /**
   * The stop character at `i` (class `f`) and what belongs to it: a newline's following
   * spaces, or a run of terminators and closing quotes/brackets. Records a sentence end (with
   * the counts so far) when it ends one; returns where the scan goes on. Sets `seen`, and
   * lists the characters passed of the classes in `collect` in `marks`. Never passes an ASCII
   * letter or digit.
   */
  pass(text: string, i: number, f: number, zh: boolean, collect: number, marks: number[], han: number, alnum: number): number {
    const n = text.length;
    let seen = 0;
    if ((f & TERM) === 0) {
      // newline: a blank line is a paragraph break
      let k = i + 1;
      while (k < n) {
        const c = text.charCodeAt(k);
        const g = C[c];
        if ((g & SPACE) === 0 || c === 0x0a) break;
        seen |= g;
        if ((g & collect) !== 0) marks.push(k);
        k++;
      }
      if (k < n && text.charCodeAt(k) === 0x0a) this.end(i, han, alnum);
      this.seen = seen;
      return k;
    }
    // the run of terminators ("?!", "...", "……。"), then closing quotes/brackets
    const ch = text.charCodeAt(i);
    let j = i + 1;
    let fullStop = (f & FULL) !== 0;
    while (j < n) {
      const g = C[text.charCodeAt(j)];
      if ((g & TERM) === 0) break;
      if ((g & FULL) !== 0) fullStop = true;
      seen |= g;
      if ((g & collect) !== 0) marks.push(j);
      j++;
    }
    while (j < n) {
      const g = C[text.charCodeAt(j)];
      if ((g & CLOSER) === 0) break;
      seen |= g;
      if ((g & collect) !== 0) marks.push(j);
      j++;
    }
    if (fullStop || (ch === 0x2026 ? ellipsisEnds(text, j) : endsHere(text, i, j, zh))) this.end(j, han, alnum);
    this.seen = seen;
    return j;
  }
}
