import type { Check, CheckUnit } from './Check';
import type { Finding } from '../model/Finding';
import { ZH_PER_EN_CHAR } from './util/lengthRatio';
import { makeFinding } from './util/makeFinding';
import { alignedLengths, beadSpan } from './util/alignedLengths';
import { sumOf } from './util/sumOf';

/**
 * A 1–1 pair whose target is longer than this multiple of the expected length. On 25,219
 * aligned 1–1 sentence pairs of real MT, p99 = 1.33 and p99.9 = 1.47.
 */
export const ADDITION_RATIO = 2;
/** Only judge targets with at least this many Han-equivalent characters. */
const MIN_ZH = 20;

/**
 * `addition` (Accuracy/Addition, major): a target sentence with no counterpart in the
 * source (span on the target), or a 1–1 pair whose Chinese is far longer than the English
 * predicts (both spans). Needs a source; skips targets that are not Chinese.
 */
export const addition: Check = {
  id: 'addition',
  mqm: 'Accuracy/Addition',
  defaultSeverity: 'major',
  description: 'Target sentences with no source counterpart, or translated far too long',
  needsSource: true,
  run(unit: CheckUnit): Finding[] {
    const a = alignedLengths(unit);
    if (!a) return [];
    const { src, tgt, zhTotal, pairs } = a;
    const expected = a.enTotal * ZH_PER_EN_CHAR;
    const out: Finding[] = [];
    for (let k = 0; k < pairs.length; k++) {
      const p = pairs[k];
      if (p.target.length > 0 && p.source.length === 0) {
        const han = sumOf(tgt.han, p.target);
        if (han < 4) continue; // a stray fragment: fluency reports it
        // A missed split/merge rather than added content: the unit's length is better
        // explained with this sentence than without it.
        const without = zhTotal - (han + sumOf(tgt.alnum, p.target) * ZH_PER_EN_CHAR);
        if (without > 0 && Math.abs(Math.log(zhTotal / expected)) <= Math.abs(Math.log(without / expected))) continue;
        const target = beadSpan(unit.target, tgt, p.target);
        out.push(
          makeFinding(addition, unit, {
            target,
            message: `This sentence of the translation has no counterpart in the source: "${clip(target.text)}". Remove it or check the source.`,
          }),
        );
      } else if (p.source.length === 1 && p.target.length === 1) {
        const t = p.target[0];
        const zh = tgt.han[t] + tgt.alnum[t] * ZH_PER_EN_CHAR;
        if (zh < MIN_ZH) continue;
        const en = src.alnum[p.source[0]];
        const ratio = en === 0 ? Infinity : zh / (en * ZH_PER_EN_CHAR);
        if (ratio <= ADDITION_RATIO) continue;
        out.push(
          makeFinding(addition, unit, {
            source: beadSpan(unit.source, src, p.source),
            target: beadSpan(unit.target, tgt, p.target),
            message: `The translation of this sentence is unusually long (${Number.isFinite(ratio) ? Math.round(ratio * 100) + '%' : 'no letters in the source'} of the expected length): it may add content.`,
          }),
        );
      }
    }
    return out;
  },
};

function clip(s: string): string {
  return s.length > 40 ? s.slice(0, 40) + '…' : s;
}
