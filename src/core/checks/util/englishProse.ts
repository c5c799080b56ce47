import { isHan } from './cjk';
import { urlRanges } from './urlRanges';

/** Frequent English function words: prose has many, names and titles have few. */
const STOPWORDS = new Set(
  ('the of and to in a is for we that with on by as are this be from an our it which can or at ' +
    'these its their has have not been than while such into using based also between only when ' +
    'where how what each most was were they there then so if but do does may more other all any')
    .split(' '),
);

export interface ProseStats {
  words: number;
  lowercase: number;
  stopwords: number;
  han: number;
}

const WORD_RE = /[A-Za-z][A-Za-z'’-]*/g;

/** Count English words (all, lowercase-initial, function words) and Han characters in a range. */
export function proseStats(text: string, start = 0, end = text.length): ProseStats {
  const s: ProseStats = { words: 0, lowercase: 0, stopwords: 0, han: 0 };
  for (let i = start; i < end; i++) if (isHan(text.charCodeAt(i))) s.han++;
  WORD_RE.lastIndex = start;
  for (let m = WORD_RE.exec(text); m && m.index < end; m = WORD_RE.exec(text)) {
    s.words++;
    const c = m[0].charCodeAt(0);
    if (c >= 0x61 && c <= 0x7a) {
      s.lowercase++;
      if (STOPWORDS.has(m[0])) s.stopwords++;
    } else if (STOPWORDS.has(m[0].toLowerCase())) s.stopwords++;
  }
  return s;
}

/**
 * English prose rather than names, titles or code: at least `minWords` words, most of them
 * lowercase, with some function words ("the", "of", "we" …). "Lunar Lander" and
 * "OpenAI Gym" are not prose; "we propose a robust detector" is.
 */
export function isEnglishProse(s: ProseStats, minWords = 6): boolean {
  return s.words >= minWords && s.lowercase * 2 >= s.words && s.stopwords >= 2;
}

/** A target that is English rather than Chinese: little Han and English prose (URLs ignored). */
export function isEnglishText(full: string): boolean {
  // One cheap pass decides for almost every Chinese target.
  let han = 0;
  let latin = 0;
  for (let i = 0; i < full.length; i++) {
    const c = full.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
    else if (c >= 0x3400 && isHan(c)) han++;
  }
  if (han >= latin * 0.3) return false;
  const urls = urlRanges(full);
  let text = full;
  for (let i = urls.length - 2; i >= 0; i -= 2) text = text.slice(0, urls[i]) + ' ' + text.slice(urls[i + 1]);
  if (text !== full) {
    latin = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
    }
    if (han >= latin * 0.3) return false;
  }
  return isEnglishProse(proseStats(text), 6);
}
