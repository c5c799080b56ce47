import type { Correction } from './Correction';
import { phraseKeySet } from './chooseEnglishByCooccurrence';

/**
 * Document frequencies of English phrases over the corrected units' sources, built once
 * (lazily) so that co-occurrence for each candidate costs only its own phrases.
 */
export class PhraseBackground {
  private readonly corrections: readonly Correction[];
  private dfMap: Map<string, number> | null = null;
  private readonly sets = new Map<Correction, Set<string>>();

  constructor(corrections: readonly Correction[]) {
    this.corrections = corrections;
  }

  private setOf(c: Correction): Set<string> {
    let s = this.sets.get(c);
    if (!s) this.sets.set(c, (s = phraseKeySet(c.source)));
    return s;
  }

  df(key: string): number {
    if (!this.dfMap) {
      this.dfMap = new Map();
      for (const c of this.corrections) for (const k of this.setOf(c)) this.dfMap.set(k, (this.dfMap.get(k) ?? 0) + 1);
    }
    return this.dfMap.get(key) ?? 0;
  }

  dfAmong(subset: readonly Correction[], key: string): number {
    let n = 0;
    for (const c of subset) if (this.setOf(c).has(key)) n++;
    return n;
  }
}
