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
/** "1)", "a)", "iv）" list enumerators: a closer with no opener that is not an error. */
const ENUMERATOR_RE = /(?:^|[\s。；：，、！？{(\u4e00-\u9fff])(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})$/;

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
    // the open brackets waiting for their partner (positions), in a stack reused from unit to
    // unit; unpaired ones (rare) in an array made for the first
    if (openScratch.length < spansOf(unit).marks.length) openScratch = new Int32Array(2 * spansOf(unit).marks.length);
    const stack = openScratch;
    let top = 0;
    let unpaired: number[] | undefined;
    const math = mathRanges(t);
    // the split listed every bracket, quote and half-width punctuation position
    const marks = spansOf(unit).marks;
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
      if ((ch === ')' || ch === '）') && ENUMERATOR_RE.test(t.slice(Math.max(0, i - 6), i))) continue;
      (unpaired ??= []).push(i);
    }
    for (let j = 0; j < top; j++) (unpaired ??= []).push(stack[j]);
    if (unpaired === undefined) return [];
    unpaired.sort((a, b) => a - b);
    return unpaired.map((i) => {
      const ch = t[i];
      const opening = OPEN[ch] !== undefined;
      return makeFinding(brackets, unit, {
        target: spanOf(t, i, i + 1),
        message: opening
          ? `"${ch}" is never closed: add the matching "${PARTNER[ch]}" or remove it.`
          : `"${ch}" closes nothing: add the matching "${PARTNER[ch]}" before it or remove it.`,
      });
    });
  },
};

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
