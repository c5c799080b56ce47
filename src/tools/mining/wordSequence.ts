/**
 * English text as a space-delimited sequence of lower-cased words, padded with spaces:
 * "Pre-trained POLICIES." → " pre trained policies ". Hyphens and other punctuation
 * separate words, so "pre-trained" and "pre trained" give the same sequence, and a term's
 * sequence is found with a plain substring test that respects word boundaries.
 * No stemming: Porter-style stemmers merge adversary/adversarial, distributed/distribution
 * and general/generalization, which would count the wrong pairs. Inflections come from
 * `inflections()` instead.
 */
export function wordSequence(text: string): string {
  const words = text.toLowerCase().match(/[a-z0-9]+/g);
  return words ? ' ' + words.join(' ') + ' ' : ' ';
}
