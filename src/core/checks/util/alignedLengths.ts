import type { AlignedPair, SentenceSpans } from '../../text';
import type { Span } from '../../model/Finding';
import type { CheckUnit } from '../Check';
import { ZH_PER_EN_CHAR } from './lengthRatio';
import { sumOf } from './sumOf';
import { alignedPairs, diagonalAlignmentOk, sourceSpans, targetIsEnglish, targetSpans } from './unitCache';

// Imported values read once: a CommonJS build (tsx, the CLI) reads imports through getters.
const englishTarget = targetIsEnglish;
const diagonal = diagonalAlignmentOk;

/** What omission and addition read of a unit: both splits, the aligned pairs, and lengths. */
export interface AlignedLengths {
  src: SentenceSpans;
  tgt: SentenceSpans;
  /** English letters and digits of the whole source. */
  enTotal: number;
  /** The whole target's length in Chinese characters (Latin scaled by ZH_PER_EN_CHAR). */
  zhTotal: number;
  /** The beads, as indices into `src` and `tgt` (spans are built only for a finding: beadSpan). */
  pairs: AlignedPair[];
}

/**
 * The unit's alignment with lengths from the letter counts the sentence split made (no
 * rescanning), or null when omission/addition have nothing to judge: no source or target,
 * an English target, or the diagonal fast path (every sentence has its same-numbered partner).
 */
export function alignedLengths(unit: CheckUnit): AlignedLengths | null {
  if (!unit.source.trim() || !unit.target.trim() || englishTarget(unit)) return null;
  if (diagonal(unit)) return null;
  const src = sourceSpans(unit);
  const tgt = targetSpans(unit);
  return {
    src,
    tgt,
    enTotal: sumOf(src.alnum),
    zhTotal: sumOf(tgt.han) + sumOf(tgt.alnum) * ZH_PER_EN_CHAR,
    pairs: alignedPairs(unit),
  };
}

/** The span of text covered by the sentences `idx` (ascending, non-empty) of `spans`. */
export function beadSpan(text: string, spans: SentenceSpans, idx: number[]): Span {
  const start = spans.bounds[2 * idx[0]];
  const end = spans.bounds[2 * idx[idx.length - 1] + 1];
  return { start, end, text: text.slice(start, end) };
}
