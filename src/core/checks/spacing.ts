import type { Check, CheckUnit } from './Check';
import type { Finding } from '../model/Finding';
import { makeFinding, spanOf } from './util/makeFinding';
import { SEEN_INLINE_SPACE } from '../text';
import { targetSpans } from './util/unitCache';

/**
 * 1: spaces after full-width punctuation (。 DESTA) · 2: spaces between two Han characters
 * (训练 数据) · 3: two or more spaces elsewhere.
 */
const SPACING_RE =
  /([。，、；：！？）」』】》”])([ \t\u3000\u00a0]+)|(?<=[\u4e00-\u9fff])([ \t\u3000\u00a0]+)(?=[\u4e00-\u9fff（「『【《“])|([ \t\u3000\u00a0]{2,})/g;

/**
 * `spacing`: stray spaces in Chinese running text — after 。，；：！？ (the seed's "。 DESTA"),
 * between Han characters, and doubled spaces. The suggestion removes them (or leaves one
 * space for a doubled space between Latin words).
 */
export const spacing: Check = {
  id: 'spacing',
  mqm: 'Linguistic conventions/Punctuation',
  defaultSeverity: 'minor',
  description: 'Spaces after Chinese punctuation, between Chinese characters, or doubled',
  run(unit: CheckUnit): Finding[] {
    const t = unit.target;
    if (!t || (targetSpans(unit).seen & SEEN_INLINE_SPACE) === 0) return [];
    const out: Finding[] = [];
    SPACING_RE.lastIndex = 0;
    for (let m = SPACING_RE.exec(t); m; m = SPACING_RE.exec(t)) {
      if (m[1] !== undefined) {
        const start = m.index + m[1].length;
        const end = start + m[2].length;
        out.push(
          makeFinding(spacing, unit, {
            target: spanOf(t, start, end),
            message: `Space after "${m[1]}": Chinese punctuation already carries its own spacing; remove the space.`,
            suggestion: '',
          }),
        );
      } else if (m[3] !== undefined) {
        out.push(
          makeFinding(spacing, unit, {
            target: spanOf(t, m.index, m.index + m[3].length),
            message: 'Space between Chinese characters: Chinese words are written without spaces; remove it.',
            suggestion: '',
          }),
        );
      } else {
        const between = latinOnBothSides(t, m.index, m.index + m[4].length);
        out.push(
          makeFinding(spacing, unit, {
            target: spanOf(t, m.index, m.index + m[4].length),
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
