import { cjkNgrams } from './cjkNgrams';
import { wordSequence } from './wordSequence';

/** One EN→ZH pair as mined: an English source and its (machine) translation. */
export interface MinedPair {
  source: string;
  target: string;
}

/** Pairs indexed once for many term queries. */
export interface MiningCorpus {
  pairs: MinedPair[];
  /** wordSequence(source) for each pair. */
  words: string[];
  /** Distinct Chinese n-grams of each target. */
  grams: Set<string>[];
  /** In how many targets each n-gram occurs (document frequency). */
  df: Map<string, number>;
  minLen: number;
  maxLen: number;
}

/** Split every source into words and count every target's Chinese n-grams (minLen..maxLen characters). */
export function prepareCorpus(pairs: MinedPair[], minLen = 2, maxLen = 6): MiningCorpus {
  const words: string[] = [];
  const grams: Set<string>[] = [];
  const df = new Map<string, number>();
  for (const p of pairs) {
    words.push(wordSequence(p.source));
    const g = cjkNgrams(p.target, minLen, maxLen);
    grams.push(g);
    for (const x of g) df.set(x, (df.get(x) ?? 0) + 1);
  }
  return { pairs, words, grams, df, minLen, maxLen };
}
