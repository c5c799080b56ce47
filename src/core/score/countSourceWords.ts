/**
 * Word count used to normalise MQM penalties. English: runs of letters/digits, with
 * inner apostrophes, hyphens and dots kept in one word (don't, state-of-the-art, 3.5, e.g).
 * Chinese/Japanese characters count one each (the usual CJK convention), so a
 * Chinese source is counted sensibly too.
 */
const WORD = /\p{Script=Han}|[\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

export function countSourceWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n += 1;
  return n;
}
