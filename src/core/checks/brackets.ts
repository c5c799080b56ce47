import type { Check, CheckUnit } from './Check';
import type { Finding } from '../model/Finding';
import { makeFinding, spanOf } from './util/makeFinding';
import { inRanges } from './util/urlRanges';
import { SEEN_BRACKET } from '../text';
import { targetSpans } from './util/unitCache';

// Imported values read once: a CommonJS build (tsx, the CLI) reads imports through getters.
const spansOf = targetSpans;
const BRACKET_SEEN = SEEN_BRACKET;

/** Opening char → family; closing char → family. Round brackets of both widths pair up. */
const OPEN: Record<string, string> = { '(': 'round', '（': 'round', '[': 'square', '【': 'lenticular', '“': 'dquote', '《': 'title', '「': 'corner', '『': 'wcorner' };
const CLOSE: Record<string, string> = { ')': 'round', '）': 'round', ']': 'square', '】': 'lenticular', '”': 'dquote', '》': 'title', '」': 'corner', '』': 'wcorner' };
const PARTNER: Record<string, string> = { '(': ')', '（': '）', '[': ']', '【': '】', '“': '”', '《': '》', '「': '」', '『': '』', ')': '(', '）': '（', ']': '[', '】': '【', '”': '“', '》': '《', '」': '「', '』': '『' };

/** Per code unit: family × 2 (+1 for a closing one); 0 = not a bracket. */
const BRACKET = new Uint8Array(0x10000);
{
  const families = ['round', 'square', 'lenticular', 'dquote', 'title', 'corner', 'wcorner'];
  for (const [ch, fam] of Object.entries(OPEN)) BRACKET[ch.charCodeAt(0)] = (families.indexOf(fam) + 1) * 2;
  for (const [ch, fam] of Object.entries(CLOSE)) BRACKET[ch.charCodeAt(0)] = (families.indexOf(fam) + 1) * 2 + 1;
}
/** "1)", "a)", "iv）" list enumerators (also the range "i)-iii)"): a closer with no opener that is not an error. */
const ENUMERATOR_RE = /(?:^|[\s。；：，、！？{(\u4e00-\u9fff-])(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})$/;

/**
 * `brackets`: unpaired brackets and quotes — ( ) （ ） [ ] 【 】 “ ” 《 》 「 」 『 』.
 * Tolerates list enumerators "1)" and half-open intervals "[0, 1)".
 */
export const brackets: Check = {
  id: 'brackets',
  mqm: 'Linguistic conventions/Punctuation',
  defaultSeverity: 'minor',
  description: 'Unpaired brackets or quotation marks',
  run(unit: CheckUnit): Finding[] {
    const t = unit.target;
    if (!t) return [];
    const seen = spansOf(unit).seen;
    if ((seen & BRACKET_SEEN) === 0) return [];
    // the split listed every bracket, quote and half-width punctuation position
    const marks = spansOf(unit).marks;
    const math = mathRanges(t);
    let unpaired = unpairedAt(t, marks, math);
    if (unpaired === undefined) return [];
    // Machine translation breaks $…$ maths (a lone $, \$, 美元 for $): the ranges shift and
    // hide one bracket of a pair that is balanced in the text. Only what is unpaired both
    // with and without the maths ranges is reported (the second pairing only runs here).
    if (math.length) {
      const plain = unpairedAt(t, marks, NONE);
      unpaired = plain === undefined ? undefined : unpaired.filter((i) => plain.includes(i));
      if (unpaired === undefined || unpaired.length === 0) return [];
    }
    // The same imbalance in the source ("(for reproducibility, …" never closed there either):
    // the translation mirrors it.
    if (unit.source) {
      unpaired = withoutSourceImbalance(t, unpaired, unit.source);
      if (unpaired.length === 0) return [];
    }
    return report(unit, t, unpaired);
  },
};

/**
 * The positions of the unpaired brackets of `t` (sorted; undefined when all pair up),
 * brackets inside `math` ranges left out. Tolerates list enumerators "1)" and half-open
 * intervals "[0, 1)".
 */
function unpairedAt(t: string, marks: number[], math: number[]): number[] | undefined {
  // the open brackets waiting for their partner (positions), in a stack reused from unit to
  // unit; unpaired ones (rare) in an array made for the first
  if (openScratch.length < marks.length) openScratch = new Int32Array(2 * marks.length);
  const stack = openScratch;
  let top = 0;
  let unpaired: number[] | undefined;
  for (let x = 0; x < marks.length; x++) {
    const i = marks[x];
    const br = BRACKET[t.charCodeAt(i)];
    if (br === 0) continue;
    if (math.length && inRanges(math, i)) continue;
    if ((br & 1) === 0) {
      stack[top++] = i;
      continue;
    }
    const fam = br >> 1;
    if (top > 0) {
      const last = t.charCodeAt(stack[top - 1]);
      if (BRACKET[last] >> 1 === fam) {
        top--;
        continue;
      }
      // Half-open interval [a, b) or (a, b]: accept the mixed pair.
      const c = t.charCodeAt(i);
      if ((last === 0x5b && c === 0x29) || (last === 0x28 && c === 0x5d)) {
        top--;
        continue;
      }
    }
    let k = top - 1;
    while (k >= 0 && BRACKET[t.charCodeAt(stack[k])] >> 1 !== fam) k--;
    if (k >= 0) {
      // Everything opened after the partner is left unclosed.
      for (let j = k + 1; j < top; j++) (unpaired ??= []).push(stack[j]);
      top = k;
      continue;
    }
    const ch = t[i];
    if ((ch === ')' || ch === '）') && isEnumerator(t, i)) continue;
    (unpaired ??= []).push(i);
  }
  for (let j = 0; j < top; j++) (unpaired ??= []).push(stack[j]);
  if (unpaired !== undefined) unpaired.sort((a, b) => a - b);
  return unpaired;
}

/**
 * "1)", "a)", "iv）" list enumerators: a closer with no opener that is not an error; also a
 * number glued to a name before it ("PWCF1)在不需要…，2)可以…") when the next number follows.
 */
function isEnumerator(t: string, i: number): boolean {
  if (ENUMERATOR_RE.test(t.slice(Math.max(0, i - 6), i))) return true;
  let d = i;
  while (d > 0 && d > i - 2 && isDigit(t.charCodeAt(d - 1))) d--;
  if (d === i || d === 0 || isDigit(t.charCodeAt(d - 1))) return false;
  const c = t.charCodeAt(d - 1);
  if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) return false;
  const n = Number(t.slice(d, i));
  const next = t.indexOf(`${n + 1}${t[i]}`, i + 1);
  return next > 0 && !isDigit(t.charCodeAt(next - 1));
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * `unpaired` without as many of each kind (family and direction) as the source leaves
 * unpaired itself, taken in order: the translation mirrors the source's imbalance.
 */
function withoutSourceImbalance(t: string, unpaired: number[], source: string): number[] {
  let srcMarks: number[] | undefined;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (BRACKET[c] !== 0) (srcMarks ??= []).push(i);
  }
  if (srcMarks === undefined) return unpaired;
  const srcMath = mathRanges(source);
  let src = unpairedAt(source, srcMarks, srcMath);
  if (src !== undefined && srcMath.length) {
    const plain = unpairedAt(source, srcMarks, NONE);
    src = plain === undefined ? undefined : src.filter((i) => plain.includes(i));
  }
  if (src === undefined || src.length === 0) return unpaired;
  const left = src.map((i) => BRACKET[source.charCodeAt(i)]);
  return unpaired.filter((i) => {
    const k = left.indexOf(BRACKET[t.charCodeAt(i)]);
    if (k < 0) return true;
    left[k] = -1;
    return false;
  });
}

/**
 * The findings, one per unpaired bracket — but openers left open at the very end of a
 * target that stops mid-sentence ("…$\Omega(p\cdot\mathm{var}[f(\mam") are one finding:
 * the translation is cut off there, and each bracket is no error of its own.
 */
function report(unit: CheckUnit, t: string, unpaired: number[]): Finding[] {
  let cut = unpaired.length;
  if (unpaired.length >= 2 && !ENDS_SENTENCE.includes(t[t.length - 1])) {
    let lastStop = -1;
    for (let i = t.length - 1; i >= 0; i--) {
      if (SENTENCE_STOPS.includes(t[i])) {
        lastStop = i;
        break;
      }
    }
    while (cut > 0 && unpaired[cut - 1] > lastStop && OPEN[t[unpaired[cut - 1]]] !== undefined) cut--;
    if (unpaired.length - cut < 2) cut = unpaired.length;
  }
  const out = unpaired.slice(0, cut).map((i) => {
    const ch = t[i];
    const opening = OPEN[ch] !== undefined;
    const inWord = insideWord(t, i);
    return makeFinding(brackets, unit, {
      target: spanOf(t, i, i + 1),
      message: inWord
        ? `"${ch}" sits inside a word ("${inWord}") and opens or closes no quotation: it is likely a garbled letter of a name (ö, ü read as a quote); check the name against the source.`
        : opening
        ? `"${ch}" is never closed: add the matching "${PARTNER[ch]}" or remove it.`
        : `"${ch}" closes nothing: add the matching "${PARTNER[ch]}" before it or remove it.`,
    });
  });
  if (cut < unpaired.length) {
    const open = unpaired.slice(cut).map((i) => `"${t[i]}"`);
    out.push(
      makeFinding(brackets, unit, {
        target: spanOf(t, unpaired[cut], unpaired[cut] + 1),
        message: `${open.join(', ')} are never closed: the translation stops mid-sentence after them, so it looks cut off; compare it with the source and complete it.`,
      }),
    );
  }
  return out;
}

/**
 * A quotation mark between a Latin letter and a letter or Han character ("H“老类" for
 * Hölder类): the word around it (up to 3 characters each side), else ''.
 */
function insideWord(t: string, i: number): string {
  const c = t.charCodeAt(i);
  if (c !== 0x201c && c !== 0x201d) return '';
  const before = i > 0 ? t.charCodeAt(i - 1) : 0;
  const after = i + 1 < t.length ? t.charCodeAt(i + 1) : 0;
  if (!isLatinLetter(before) || !(isLatinLetter(after) || (after >= 0x4e00 && after <= 0x9fff))) return '';
  return t.slice(Math.max(0, i - 3), Math.min(t.length, i + 4));
}

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** A target ending in one of these is not cut off mid-sentence. */
const ENDS_SENTENCE = '。！？.!?）)】]”》」』；;…';
/** Sentence ends: openers after the last of them in a cut-off target are one finding. */
const SENTENCE_STOPS = '。！？；';

/** `brackets`' stack of open brackets, reused from unit to unit (the check runs synchronously). */
let openScratch = new Int32Array(64);

/** LaTeX math between `$…$` (abstracts keep it verbatim): brackets there follow TeX rules. */
function mathRanges(t: string): number[] {
  if (t.indexOf('$') < 0) return NONE;
  const out: number[] = [];
  let open = -1;
  for (let i = 0; i < t.length; i++) {
    if (t.charCodeAt(i) !== 0x24 || (i > 0 && t.charCodeAt(i - 1) === 0x5c)) continue;
    if (open < 0) open = i;
    else {
      out.push(open, i + 1);
      open = -1;
    }
  }
  return out;
}

const NONE: number[] = [];
