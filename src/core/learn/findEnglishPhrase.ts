import { englishWordKey, tokenizeEnglish } from '../glossary';

/** An English phrase found in text (UTF-16 offsets). */
export interface EnglishMatch {
  start: number;
  end: number;
  text: string;
}

const KEY_MEMO_SIZE = 100_000;
const keyMemo = new Map<string, string>();

/** Stemmed key of a word (possessive dropped), memoised: stemming dominates scanning. */
function keyOf(w: string): string {
  let k = keyMemo.get(w);
  if (k === undefined) {
    k = englishWordKey(w.replace(/['’]s$/i, '').replace(/['’]$/, ''));
    if (keyMemo.size >= KEY_MEMO_SIZE) keyMemo.clear();
    keyMemo.set(w, k);
  }
  return k;
}

/** Matching keys of a phrase: case-folded, Porter-stemmed words; hyphens split words. */
export function englishPhraseKeys(phrase: string): string[] {
  return phrase
    .split(/[\s\-\u2010\u2011]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean)
    .map(keyOf);
}

/**
 * Every occurrence of any of `phrases` in `text`, matched on stemmed word keys
 * ("train" finds "training", "trained"; "white-box" finds "white box"). A phrase
 * written solid ("pretrained") also matches its hyphenated form ("pre-trained").
 * A word inside a hyphenated compound does not match alone ("trained" in "pre-trained").
 * Occurrences are sorted by position; overlapping ones keep the longest.
 */
export function findEnglishPhrase(text: string, phrases: readonly string[]): EnglishMatch[] {
  const tokens = tokenizeEnglish(text);
  if (tokens.length === 0) return [];
  const keys = tokens.map((t) => keyOf(t.text));
  // Joined key of a hyphenated pair, for solid spellings in the phrase list.
  const joined = tokens.map((t, i) => (t.hyphenNext && i + 1 < tokens.length ? keyOf(t.text + tokens[i + 1].text) : null));
  const seqs = phrases.map(englishPhraseKeys).filter((k) => k.length > 0);
  const found: EnglishMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Not inside a hyphenated compound: "trained" in "pre-trained" is another word.
    if (i > 0 && tokens[i - 1].hyphenNext) continue;
    let bestEnd = -1;
    for (const seq of seqs) {
      const end = matchAt(i, seq);
      if (end > 0 && end > bestEnd && !tokens[end - 1].hyphenNext) bestEnd = end;
    }
    if (bestEnd > 0) {
      const start = tokens[i].start;
      const end = tokens[bestEnd - 1].end;
      found.push({ start, end, text: text.slice(start, end) });
    }
  }
  const out: EnglishMatch[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;

  /** Token index after a match of `seq` starting at token i, or -1. */
  function matchAt(i: number, seq: string[]): number {
    let j = i;
    for (let k = 0; k < seq.length; k++) {
      if (j >= tokens.length) return -1;
      if (k > 0 && !/^[\s\-\u2010\u2011]*$/.test(text.slice(tokens[j - 1].end, tokens[j].start))) return -1;
      if (keys[j] === seq[k]) j += 1;
      else if (joined[j] === seq[k]) j += 2;
      else return -1;
    }
    return j;
  }
}
