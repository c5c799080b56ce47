import { isHanCode } from './scriptCounts';
import type { Lang } from '../model/Unit';

/**
 * Count words the way translators bill them.
 * English ('en', 'und'): runs of letters/digits, with inner ' - . joining them
 * ("state-of-the-art" = 1, "don't" = 1, "73.0%" = 1).
 * Chinese ('zh'): every Han character counts 1 (the usual convention for Chinese word
 * counts: no dictionary needed, stable across tools), plus every Latin word or number
 * inside the Chinese text counts 1 ("在ImageNet-1K上达到79.6%" = 4 + 2 = 6).
 */
export function countWords(text: string, lang: Lang): number {
  let count = 0;
  let inWord = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (lang === 'zh' && isHanCode(c)) {
      count++;
      inWord = false;
      if (c >= 0xd800 && c <= 0xdbff) i++; // astral ideograph: skip its low surrogate
      continue;
    }
    const wordChar =
      (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
    if (wordChar) {
      if (!inWord) count++;
      inWord = true;
    } else if (inWord && (c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2e) && i + 1 < n && isAlnum(text.charCodeAt(i + 1))) {
      // joiner inside a word: keep going
    } else inWord = false;
  }
  return count;
}

function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}
