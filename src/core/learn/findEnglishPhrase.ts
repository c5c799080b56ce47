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
const phraseMemo = new Map<string, string[]>();

export function englishPhraseKeys(phrase: string): string[] {
  let k = phraseMemo.get(phrase);
  if (!k) {
    k = phraseKeysUncached(phrase);
    if (phraseMemo.size >= 50_000) phraseMemo.clear();
    phraseMemo.set(phrase, k);
  }
  return k;
}

function phraseKeysUncached(phrase: string): string[] {
  return phrase
    .split(/[\s\-\u2010\u2011]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean)
    .map(keyOf);
}

/**
 * Every occurrence of any of `phrases` in `text`, matched on stemmed word keys
 * ("train" finds "trained"; "white-box" finds "white box"). A phrase written solid
 * ("pretrained") also matches its hyphenated form ("pre-trained"). A word inside a
 * hyphenated compound does not match alone ("trained" in "pre-trained").
 * Occurrences are sorted by position; overlapping ones keep the longest.
 */
export function findEnglishPhrase(text: string, phrases: readonly string[]): EnglishMatch[] {
  return englishFinder(text)(phrases);
}

/** Tokenises and stems `text` once; the returned function searches it for phrases (see findEnglishPhrase). */
export function englishFinder(text: string): (phrases: readonly string[]) => EnglishMatch[] {
  const tokens = tokenizeEnglish(text);
  const keys = tokens.map((t) => keyOf(t.text));
  // Joined key of a hyphenated pair, for solid spellings in the phrase list.
  const joined = tokens.map((t, i) => (t.hyphenNext && i + 1 < tokens.length ? keyOf(t.text + tokens[i + 1].text) : null));
  // Where each key starts a token (or a hyphenated pair): a phrase is tried only there.
  const at = new Map<string, number[]>();
  const note = (k: string, i: number) => {
    const list = at.get(k);
    if (list) list.push(i);
    else at.set(k, [i]);
  };
  for (let i = 0; i < tokens.length; i++) {
    note(keys[i], i);
    if (joined[i]) note(joined[i]!, i);
  }
  return (phrases) => {
    const seqs = phrases.map(englishPhraseKeys).filter((k) => k.length > 0 && at.has(k[0]));
    if (seqs.length === 0) return [];
    const starts = [...new Set(seqs.flatMap((k) => at.get(k[0])!))].sort((a, b) => a - b);
    const found: EnglishMatch[] = [];
    for (const i of starts) {
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
  };

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
