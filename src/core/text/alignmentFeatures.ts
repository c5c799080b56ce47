import { isHanCode } from './scriptCounts';

/**
 * Han characters per English character (non-space), measured on 3,287 arXiv abstracts with
 * their Chinese MT (Latin text kept in the Chinese excluded from both sides): 0.298.
 */
export const HAN_PER_EN_CHAR = 0.298;

/** What the aligner knows about one sentence. */
export interface SentenceFeatures {
  /** Length in "English characters": non-space characters, a Han character counting 1/0.298. */
  length: number;
  /** Every Latin word (lower case, acronym plural "GNNs" → "gnn") and number ("79.6%" → "79.6"). */
  tokens: Set<string>;
  /**
   * Tokens that a translation keeps verbatim, so their absence on the other side is
   * evidence against a pairing: numbers, acronyms and mixed-case names (DESTA, ViT,
   * ImageNet-1K) — and, in Chinese text, every Latin word of 2+ letters (Lunar Lander).
   */
  strong: string[];
}

const EMPTY: ReadonlySet<string> = new Set();

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isAsciiLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}
function isUpperCode(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** Length and anchors of a sentence, in one pass plus one pass per Latin token. */
export function sentenceFeatures(text: string): SentenceFeatures {
  let han = 0;
  let other = 0;
  let tokens: Set<string> | null = null;
  // candidates for `strong`: a token and whether it qualifies in English / in Chinese text
  const cand: string[] = [];
  const strongEn: boolean[] = [];
  const strongZh: boolean[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      if (isHanCode(c)) han++;
      else if (!(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xff0f) && c !== 0xa0) other++;
      i++;
    } else if (isDigit(c)) {
      // number: 79.6, 1,000 (separators only between digits)
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) j++;
        else if ((d === 0x2e || d === 0x2c) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      const t = text.slice(i, j).replace(/,/g, '');
      (tokens ??= new Set()).add(t);
      cand.push(t);
      strongEn.push(true);
      strongZh.push(true);
      other += j - i;
      i = j;
    } else if (isAsciiLetter(c)) {
      // word: letters/digits, inner - or ' ("ImageNet-1K", "model's")
      let j = i + 1;
      let upper = isUpperCode(c) ? 1 : 0;
      let digits = 0;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isAsciiLetter(d)) {
          if (isUpperCode(d)) upper++;
          j++;
        } else if (isDigit(d)) {
          digits++;
          j++;
        } else if ((d === 0x2d || d === 0x27 || d === 0x2019) && j + 1 < n && (isAsciiLetter(text.charCodeAt(j + 1)) || isDigit(text.charCodeAt(j + 1)))) j++;
        else break;
      }
      other += j - i;
      let raw = text.slice(i, j);
      // acronym plural: GNNs → GNN, ViTs → ViT
      if (upper >= 2 && raw.length >= 3 && raw.charCodeAt(raw.length - 1) === 0x73 && isUpperCode(raw.charCodeAt(raw.length - 2))) raw = raw.slice(0, -1);
      const t = raw.toLowerCase();
      (tokens ??= new Set()).add(t);
      const en = upper >= 2 || digits > 0;
      const zh = raw.length >= 2 || digits > 0;
      if (en || zh) {
        cand.push(t);
        strongEn.push(en);
        strongZh.push(zh);
      }
      i = j;
    } else {
      if (c > 0x20) other++;
      i++;
    }
  }
  const chinese = han > 0 && han >= other * 0.3;
  const flags = chinese ? strongZh : strongEn;
  const strong: string[] = [];
  for (let k = 0; k < cand.length; k++) if (flags[k]) strong.push(cand[k]);
  return { length: han / HAN_PER_EN_CHAR + other, tokens: (tokens ?? EMPTY) as Set<string>, strong };
}
