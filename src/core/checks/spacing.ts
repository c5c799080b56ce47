import type { Check, CheckUnit } from './Check';
import type { Finding } from '../model/Finding';
import { makeFinding, spanOf } from './util/makeFinding';
import { SEEN_INLINE_SPACE } from '../text';
import { targetSpans } from './util/unitCache';

// Imported values read once: a CommonJS build (tsx, the CLI) reads imports through getters.
const spansOf = targetSpans;
const INLINE_SPACE = SEEN_INLINE_SPACE;

/** Full-width punctuation a space must not follow: 。，、；：！？）」』】》” */
const AFTER_PUNCT = new Set(Array.from('。，、；：！？）」』】》”', (ch) => ch.charCodeAt(0)));
/** Opening brackets/quotes that, like Han, make a space after Han a finding: （「『【《“ */
const OPENERS = new Set(Array.from('（「『【《“', (ch) => ch.charCodeAt(0)));

function hanOrOpener(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || OPENERS.has(c);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}

/**
 * `spacing`: stray spaces in Chinese running text — after 。，；：！？ (the seed's "。 DESTA"),
 * between Han characters, and doubled spaces. The suggestion removes them (or leaves one
 * space for a doubled space between Latin words).
 *
 * Each run of spaces (space, tab, U+3000, U+00A0) is judged once, from the positions the
 * sentence split listed: (1) after full-width punctuation, the whole run; else (2) between a
 * Han character (U+4E00–9FFF) and Han or an opening bracket/quote, the whole run; else (3) a
 * run of two or more. These are the matches of the regular expression
 * `([。，…])([ \t\u3000\u00a0]+)|(?<=[\u4e00-\u9fff])(…+)(?=[\u4e00-\u9fff（「『【《“])|(…{2,})`
 * this check used to scan the whole target with: a match never starts inside a run.
 */
export const spacing: Check = {
  id: 'spacing',
  mqm: 'Linguistic conventions/Punctuation',
  defaultSeverity: 'minor',
  description: 'Spaces after Chinese punctuation, between Chinese characters, or doubled',
  run(unit: CheckUnit): Finding[] {
    const t = unit.target;
    if (!t) return [];
    const spans = spansOf(unit);
    if ((spans.seen & INLINE_SPACE) === 0) return [];
    const out: Finding[] = [];
    const marks = spans.marks;
    const n = t.length;
    for (let x = 0; x < marks.length; x++) {
      const s = marks[x];
      if (!isSpace(t.charCodeAt(s))) continue;
      let e = s + 1;
      while (e < n && isSpace(t.charCodeAt(e))) e++;
      while (x + 1 < marks.length && marks[x + 1] < e) x++; // the run is judged once
      const before = s > 0 ? t.charCodeAt(s - 1) : -1;
      if (AFTER_PUNCT.has(before)) {
        out.push(
          makeFinding(spacing, unit, {
            target: spanOf(t, s, e),
            message: `Space after "${t[s - 1]}": Chinese punctuation already carries its own spacing; remove the space.`,
            suggestion: '',
          }),
        );
      } else if (before >= 0x4e00 && before <= 0x9fff && e < n && hanOrOpener(t.charCodeAt(e))) {
        out.push(
          makeFinding(spacing, unit, {
            target: spanOf(t, s, e),
            message: 'Space between Chinese characters: Chinese words are written without spaces; remove it.',
            suggestion: '',
          }),
        );
      } else if (e - s >= 2) {
        const between = latinOnBothSides(t, s, e);
        out.push(
          makeFinding(spacing, unit, {
            target: spanOf(t, s, e),
            message: between ? 'Doubled space: keep a single space.' : 'Run of spaces in Chinese text: remove it.',
            suggestion: between ? ' ' : '',
          }),
        );
      }
    }
    return out;
  },
};

function latinOnBothSides(t: string, start: number, end: number): boolean {
  const a = start > 0 ? t.charCodeAt(start - 1) : -1;
  const b = end < t.length ? t.charCodeAt(end) : -1;
  return a > 0x20 && a < 0x2e80 && b > 0x20 && b < 0x2e80;
}
