import type { Span } from '../model/Finding';
import { alignSentences } from './alignSentences';
import type { Segment, SegmentKind } from './Segment';
import type { Sentence } from './Sentence';
import { splitSentences } from './splitSentences';

const KINDS = new Set<SegmentKind>(['1-1', '1-2', '2-1', '1-0', '0-1', '2-2']);

function span(text: string, sentences: Sentence[], idx: number[]): Span | null {
  if (idx.length === 0) return null;
  const start = sentences[idx[0]].start;
  const end = sentences[idx[idx.length - 1]].end;
  return { start, end, text: text.slice(start, end) };
}

/**
 * Split a unit's English source and Chinese target into sentences and align them, for
 * the side-by-side view. When one side is empty, every sentence of the other side is its
 * own segment ('1-0' or '0-1'). Both empty → [].
 */
export function segmentUnit(source: string, target: string): Segment[] {
  const src = splitSentences(source, 'en');
  const tgt = splitSentences(target, 'zh');
  return alignSentences(src, tgt, source, target).map((p) => {
    const k = `${p.source.length}-${p.target.length}` as SegmentKind;
    return {
      source: span(source, src, p.source),
      target: span(target, tgt, p.target),
      kind: KINDS.has(k) ? k : 'n-m',
    };
  });
}
