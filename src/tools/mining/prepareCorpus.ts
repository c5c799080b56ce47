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
  /** For each source word, the indices of the pairs whose source holds it (ascending). */
  wordIndex: Map<string, number[]>;
  /** Each distinct Chinese n-gram's text, by id. */
  gramText: string[];
  /** Id of each distinct Chinese n-gram. */
  gramId: Map<string, number>;
  /** Ids of the distinct n-grams of each target. */
  docGrams: Int32Array[];
  /** In how many targets each n-gram occurs (document frequency), by id. */
  df: Int32Array;
  minLen: number;
  maxLen: number;
}

/**
 * Split every source into words and every target into its distinct Chinese n-grams
 * (minLen..maxLen characters), interned as integer ids so that counting them per query is
 * a pass over small typed arrays.
 */
export function prepareCorpus(pairs: MinedPair[], minLen = 2, maxLen = 6): MiningCorpus {
  const words: string[] = [];
  const wordIndex = new Map<string, number[]>();
  const gramId = new Map<string, number>();
  const gramText: string[] = [];
  const docGrams: Int32Array[] = [];
  const dfList: number[] = [];
  for (const [i, p] of pairs.entries()) {
    const seq = wordSequence(p.source);
    words.push(seq);
    for (const w of new Set(seq.trim().split(' '))) {
      if (!w) continue;
      const list = wordIndex.get(w);
      if (list) list.push(i);
      else wordIndex.set(w, [i]);
    }
    const grams = cjkNgrams(p.target, minLen, maxLen);
    const ids = new Int32Array(grams.size);
    let k = 0;
    for (const g of grams) {
      let id = gramId.get(g);
      if (id === undefined) {
        id = gramText.length;
        gramId.set(g, id);
        gramText.push(g);
        dfList.push(0);
      }
      dfList[id]!++;
      ids[k++] = id;
    }
    docGrams.push(ids);
  }
  return { pairs, words, wordIndex, gramText, gramId, docGrams, df: Int32Array.from(dfList), minLen, maxLen };
}
