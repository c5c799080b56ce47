import { EnglishWords } from '../text/EnglishWords';

const wordsOf = EnglishWords.of;

/**
 * Where the last `maxWords` words before `to` begin, counting only the words after the last
 * clause mark before `to` (see `isClauseMark`); -1 when no word lies between that mark and
 * `to`. Words as `tokenizeEnglish` finds them in text[clause start, to).
 *
 * Read from the text's word scan (`EnglishWords`: usually the matcher's, kept), backwards
 * from `to`, looking only at the gaps after the last few words, instead of finding the clause
 * start and tokenizing the whole clause. Exact because a clause mark is never inside a word
 * (words hold letters, digits and apostrophes), so a word of the text lies in the clause iff
 * no clause mark follows it before `to`; and a word of the text scan is a word of the
 * clause's own tokenization, the character before the clause being a clause mark (no word
 * character, no apostrophe) or the text's start. `to` must not be inside a word (an opening
 * bracket never is).
 */
export function clauseWordsStart(text: string, to: number, maxWords: number): number {
  const w = wordsOf(text);
  const starts = w.start;
  const ends = w.end;
  // the last word ending at or before `to`
  let lo = 0;
  let hi = w.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= to) lo = mid + 1;
    else hi = mid;
  }
  let first = -1;
  let gapEnd = to;
  for (let k = lo - 1, count = 0; k >= 0 && count < maxWords; k--, count++) {
    for (let i = ends[k]; i < gapEnd; i++) if (isClauseMark(text.charCodeAt(i))) return first;
    first = gapEnd = starts[k];
  }
  return first;
}

/** . , ; : ! ? ( ) （ ） 。 ， ； { } \ " “ ” */
function isClauseMark(c: number): boolean {
  switch (c) {
    case 0x2e: case 0x2c: case 0x3b: case 0x3a: case 0x21: case 0x3f: case 0x28: case 0x29:
    case 0xff08: case 0xff09: case 0x3002: case 0xff0c: case 0xff1b: case 0x7b: case 0x7d:
    case 0x5c: case 0x22: case 0x201c: case 0x201d:
      return true;
    default:
      return false;
  }
}
