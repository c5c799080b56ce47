/**
 * Splits text into word tokens for diffing and TER: Intl.Segmenter word granularity
 * (dictionary-based for Chinese), so 分配探索安全培训算法 → 分配|探索|安全|培训|算法.
 * Every character is kept: the tokens concatenate back to the input (spaces and
 * punctuation are tokens of their own). Segmentation is the slow part, so the text is
 * cut after sentence-final punctuation and each sentence's tokens are memoised: the MT
 * and its correction share the work for every sentence they have in common.
 */
let segmenter: Intl.Segmenter | null = null;
const SENTENCE = /[^。！？；!?\n]*[。！？；!?\n]+|[^。！？；!?\n]+$/g;
const MEMO_SIZE = 5000;
const memo = new Map<string, string[]>();

export function segmentWords(text: string): string[] {
  const out: string[] = [];
  for (const chunk of text.match(SENTENCE) ?? []) {
    let tokens = memo.get(chunk);
    if (!tokens) {
      segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
      tokens = [];
      for (const s of segmenter.segment(chunk)) tokens.push(s.segment);
      if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
      memo.set(chunk, tokens);
    }
    for (const t of tokens) out.push(t);
  }
  return out;
}

/** Word tokens without whitespace: the token sequence TER and learning work on. */
export function wordTokens(text: string): string[] {
  return segmentWords(text).filter((t) => t.trim().length > 0);
}
