import type { UnitTerms } from './unitTerms';

/**
 * How many different wordings a unit's source uses for the concept of `slot`: its English
 * terms in the source (acronyms aside), those that are one inside the other or differ only in
 * word endings counted once ("robust"/"robustness", "membership inference"/"membership
 * inference attack", "computational cost"/"computation cost" are one wording; "adversarial
 * example"/"adversarial sample" are two). Read only for a concept about to be reported.
 */
export function sourceWordings(terms: UnitTerms, slot: number): number {
  const id = terms.conceptIds[slot];
  // the distinct English terms named (glossary strings: compared as they are), without a list of hits
  const texts: string[] = [];
  const hits = terms.sourceHits;
  const total = terms.hitCount[slot];
  let seen = 0;
  for (let i = terms.firstHit[slot]; i < hits.length && seen < total; i++) {
    const entries = hits[i].entries;
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k];
      if (e.conceptId !== id) continue;
      seen++;
      if (e.kind !== 'acronym' && !texts.includes(e.termText)) texts.push(e.termText);
    }
  }
  if (texts.length < 2) return texts.length;
  const wordings: string[][] = [];
  for (const text of texts) {
    const words = wordsOf(text);
    let known = false;
    for (let k = 0; k < wordings.length && !known; k++) {
      if (oneWording(wordings[k], words)) {
        known = true;
        // keep the longer of the two (a later term may differ from it, not from the shorter)
        if (words.length > wordings[k].length) wordings[k] = words;
      }
    }
    if (!known) wordings.push(words);
  }
  return wordings.length;
}

const SEPARATORS = /[\s-]+/;

/** A termbase term's lower-cased words (glossary texts: a bounded set), kept once made. */
function wordsOf(termText: string): string[] {
  let words = WORDS.get(termText);
  if (words === undefined) {
    words = termText.toLowerCase().split(SEPARATORS);
    if (WORDS.size < 4096) WORDS.set(termText, words);
  }
  return words;
}

const WORDS = new Map<string, string[]>();

/** Every word of the shorter term is a word of the longer one, up to its ending. */
function oneWording(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w) => long.some((v) => sameWord(w, v)));
}

/** The same word up to its ending: equal, or one starts with the other's first four letters or more and with all of the shorter. */
function sameWord(w: string, v: string): boolean {
  if (w === v) return true;
  const [short, long] = w.length <= v.length ? [w, v] : [v, w];
  return short.length >= 4 && long.startsWith(short.length > 6 ? short.slice(0, short.length - 2) : short);
}
