import { segmentUnit } from '../text/segmentUnit';

/**
 * Source/target sentence pairs of a unit, for narrowing "which English does this Chinese
 * span render": the sentence alignment of `segmentUnit` (src/core/text), with a side that
 * has no sentence in a segment given as an empty span at the position where it would be.
 * Offsets are UTF-16 indices into the unit's texts. Never empty: a unit with no sentences
 * is one pair of empty texts.
 */
export interface SentencePair {
  source: { start: number; end: number; text: string };
  target: { start: number; end: number; text: string };
}

export function sentencePairs(source: string, target: string): SentencePair[] {
  const out: SentencePair[] = [];
  let srcPos = 0;
  let tgtPos = 0;
  for (const seg of segmentUnit(source, target)) {
    const s = seg.source ?? { start: srcPos, end: srcPos, text: '' };
    const t = seg.target ?? { start: tgtPos, end: tgtPos, text: '' };
    srcPos = s.end;
    tgtPos = t.end;
    out.push({ source: { start: s.start, end: s.end, text: s.text }, target: { start: t.start, end: t.end, text: t.text } });
  }
  if (out.length === 0) out.push({ source: { start: 0, end: 0, text: '' }, target: { start: 0, end: 0, text: '' } });
  return out;
}
