/**
 * Splits text into word tokens for diffing and TER: Intl.Segmenter word granularity
 * (dictionary-based for Chinese), so 分配探索安全培训算法 → 分配|探索|安全|培训|算法.
 * Every character is kept: the tokens concatenate back to the input (spaces and
 * punctuation are tokens of their own).
 */
let segmenter: Intl.Segmenter | null = null;

export function segmentWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: string[] = [];
  for (const s of segmenter.segment(text)) out.push(s.segment);
  return out;
}

/** Word tokens without whitespace: the token sequence TER and learning work on. */
export function wordTokens(text: string): string[] {
  return segmentWords(text).filter((t) => t.trim().length > 0);
}
