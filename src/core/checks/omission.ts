import type { Check, CheckUnit } from './Check';
import type { Finding } from '../model/Finding';
import { ZH_PER_EN_CHAR } from './util/lengthRatio';
import { makeFinding } from './util/makeFinding';
import { alignedLengths, beadSpan } from './util/alignedLengths';
import { sumOf } from './util/sumOf';
import { KEEP, MERGED, missingInstead } from './util/missingInstead';
import { glossaryOf } from '../glossary';

/**
 * A 1–1 pair whose target is shorter than this share of the expected length. On 25,219
 * aligned 1–1 sentence pairs of real MT (≥ 60 letters), p0.1 = 0.65 and p1 = 0.74.
 */
export const OMISSION_RATIO = 0.5;
/** Only judge sentences with at least this many English letters/digits. */
const MIN_EN = 60;

/**
 * `omission` (Accuracy/Omission, major): a source sentence with no counterpart in the
 * target (span on the source), or a 1–1 pair whose Chinese is far shorter than the
 * English predicts (both spans). Needs a source; skips targets that are not Chinese.
 */
export const omission: Check = {
  id: 'omission',
  mqm: 'Accuracy/Omission',
  defaultSeverity: 'major',
  description: 'Source sentences missing from the translation, or translated far too briefly',
  needsSource: true,
  run(unit: CheckUnit, ctx): Finding[] {
    const a = alignedLengths(unit);
    if (!a) return [];
    const { src, tgt, enTotal, zhTotal, pairs } = a;
    const out: Finding[] = [];
    let reported: number[] | undefined; // source sentences reported as missing
    for (let k = 0; k < pairs.length; k++) {
      const p = pairs[k];
      if (p.source.length > 0 && p.target.length === 0) {
        const en = sumOf(src.alnum, p.source);
        if (en < 8) continue; // "Code:"-sized leftovers
        // The aligner may miss a merge (three sentences into one). If the target's total
        // length is better explained with this sentence translated than without, keep quiet.
        if (explainedWith(zhTotal, enTotal, enTotal - en)) continue;
        // One target sentence may cover this one and its neighbour's (a run-on merge), or
        // the aligner shifted and the neighbour's is the one missing: report that one.
        const instead = missingInstead(unit.source, unit.target, a, k, glossaryOf(ctx));
        if (instead === MERGED) continue;
        const idx = instead === KEEP ? p.source : [instead];
        if (reported?.includes(idx[0])) continue;
        (reported ??= []).push(idx[0]);
        const source = beadSpan(unit.source, src, idx);
        out.push(
          makeFinding(omission, unit, {
            source,
            message: `This source sentence has no counterpart in the translation: "${clip(source.text)}". Translate it.`,
          }),
        );
      } else if (p.source.length === 1 && p.target.length === 1) {
        const en = src.alnum[p.source[0]];
        if (en < MIN_EN) continue;
        const t = p.target[0];
        const zh = tgt.han[t] + tgt.alnum[t] * ZH_PER_EN_CHAR;
        const ratio = zh / (en * ZH_PER_EN_CHAR);
        if (ratio >= OMISSION_RATIO) continue;
        out.push(
          makeFinding(omission, unit, {
            source: beadSpan(unit.source, src, p.source),
            target: beadSpan(unit.target, tgt, p.target),
            message: `The translation of this sentence is unusually short (${Math.round(ratio * 100)}% of the expected length): part of the source may be missing.`,
          }),
        );
      }
    }
    return out;
  },
};

/** True when zh/en is closer to the expected ratio with `withEn` than with `withoutEn`. */
function explainedWith(zh: number, withEn: number, withoutEn: number): boolean {
  if (withoutEn <= 0) return false;
  const a = Math.abs(Math.log(zh / (withEn * ZH_PER_EN_CHAR)));
  const b = Math.abs(Math.log(zh / (withoutEn * ZH_PER_EN_CHAR)));
  return a <= b;
}

function clip(s: string): string {
  return s.length > 60 ? s.slice(0, 60) + '…' : s;
}
