import { diffArrays } from 'diff';
import { segmentWords } from './segmentWords';

const CHUNK = /[^。！？；!?\n]*[。！？；!?\n]+|[^。！？；!?\n]+$/g;

/**
 * Word tokens of two versions of a text, for a word diff. Word segmentation
 * (Intl.Segmenter) is the slow part, so sentences that are identical in both versions
 * stay whole, as one token each, and only the changed stretches are segmented: a
 * correction of one word in a long abstract costs one sentence of segmentation.
 * Each token list concatenates back to its text.
 */
export function tokensForDiff(a: string, b: string): [string[], string[]] {
  const ca = a.match(CHUNK) ?? [];
  const cb = b.match(CHUNK) ?? [];
  const ta: string[] = [];
  const tb: string[] = [];
  let pendA = '';
  let pendB = '';
  const flush = () => {
    if (pendA) ta.push(...segmentWords(pendA));
    if (pendB) tb.push(...segmentWords(pendB));
    pendA = '';
    pendB = '';
  };
  for (const c of diffArrays(ca, cb)) {
    if (c.removed) pendA += c.value.join('');
    else if (c.added) pendB += c.value.join('');
    else {
      flush();
      ta.push(...c.value);
      tb.push(...c.value);
    }
  }
  flush();
  return [ta, tb];
}
