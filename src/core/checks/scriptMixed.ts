import type { Check, CheckUnit } from './Check';
import type { Finding } from '../model/Finding';
import { countHan } from './util/cjk';
import { makeFinding, spanOf } from './util/makeFinding';
import { traditionalTable } from './util/traditionalChars';
import { targetSpans } from './util/unitCache';

// Imported values read once: a CommonJS build (tsx, the CLI) reads imports through getters.
const spansOf = targetSpans;

/** Context on each side of a run, so OpenCC's phrase tables can decide (乾坤 stays). */
const CONTEXT = 3;
/** Past this share of traditional characters, the whole target is reported once. */
const WHOLE_TEXT_SHARE = 0.3;

/**
 * `script.mixed`: traditional characters in a simplified Chinese target (網絡 for 网络).
 * A run of consecutive traditional characters is one finding; its suggestion is OpenCC's
 * simplified form, judged in context so characters standard in both scripts are left alone.
 * A target written entirely in traditional Chinese gets one finding for the whole text.
 */
export const scriptMixed: Check = {
  id: 'script.mixed',
  mqm: 'Locale conventions',
  defaultSeverity: 'minor',
  description: 'Traditional characters in a simplified Chinese target',
  run(unit: CheckUnit): Finding[] {
    const t = unit.target;
    if (!t) return [];
    const { bits, toSimplified } = traditionalTable();
    const runs: number[] = [];
    const n = t.length;
    // the target's split listed every traditional-only character among its marks: visit
    // those (the same runs as a scan of the whole text)
    const marks = spansOf(unit).marks;
    let after = 0; // end of the last run
    for (let x = 0; x < marks.length; x++) {
      const i = marks[x];
      if (i < after) continue;
      const c = t.charCodeAt(i);
      if (((bits[c >> 5] >>> (c & 31)) & 1) === 0) continue;
      let j = i + 1;
      while (j < n && ((bits[t.charCodeAt(j) >> 5] >>> (t.charCodeAt(j) & 31)) & 1) === 1) j++;
      const from = Math.max(0, i - CONTEXT);
      const slice = t.slice(from, j + CONTEXT);
      const converted = toSimplified(slice);
      if (converted.length === slice.length) {
        // Trim the run to the characters that really change in context.
        let a = i;
        let b = j;
        while (a < b && converted[a - from] === t[a]) a++;
        while (b > a && converted[b - 1 - from] === t[b - 1]) b--;
        if (a < b) runs.push(a, b);
      } else if (converted !== slice) runs.push(i, j);
      after = j;
    }
    if (runs.length === 0) return [];
    let tradChars = 0;
    for (let k = 0; k < runs.length; k += 2) tradChars += runs[k + 1] - runs[k];
    const han = countHan(t);
    if (runs.length >= 10 && tradChars / Math.max(1, han) >= WHOLE_TEXT_SHARE) {
      return [
        makeFinding(scriptMixed, unit, {
          target: spanOf(t, 0, t.length),
          message: `The target is written in traditional Chinese (${tradChars} of ${han} Chinese characters): convert it to simplified Chinese.`,
          suggestion: toSimplified(t),
        }),
      ];
    }
    const out: Finding[] = [];
    for (let k = 0; k < runs.length; k += 2) {
      const s = runs[k];
      const e = runs[k + 1];
      const from = Math.max(0, s - CONTEXT);
      const slice = t.slice(from, e + CONTEXT);
      const converted = toSimplified(slice);
      const suggestion =
        converted.length === slice.length ? converted.slice(s - from, e - from) : toSimplified(t.slice(s, e));
      out.push(
        makeFinding(scriptMixed, unit, {
          target: spanOf(t, s, e),
          message: `Traditional character${e - s > 1 ? 's' : ''} "${t.slice(s, e)}" in simplified Chinese text: write "${suggestion}".`,
          suggestion,
        }),
      );
    }
    return out;
  },
};
