import type { Lang } from '../model/Unit';

/** A token with UTF-16 offsets into the text: `text === source.slice(start, end)`. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

const EN_WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;
let zhSegmenter: Intl.Segmenter | null = null;

/**
 * Word tokens (punctuation and spaces dropped). English: letter/digit runs joined by inner
 * ' ’ - . ("state-of-the-art", "79.6", "v1.2"). Chinese: Intl.Segmenter('zh', word)
 * word-like segments (ICU dictionary: 强化|学习, Latin runs such as "RL" stay whole).
 */
export function tokenize(text: string, lang: Lang): Token[] {
  if (lang === 'zh') {
    zhSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    const out: Token[] = [];
    for (const s of zhSegmenter.segment(text)) {
      if (s.isWordLike) out.push({ start: s.index, end: s.index + s.segment.length, text: s.segment });
    }
    return out;
  }
  const out: Token[] = [];
  for (const m of text.matchAll(EN_WORD)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}
