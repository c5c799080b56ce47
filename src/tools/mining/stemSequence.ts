import { stemmer } from 'stemmer';

/**
 * English text as a space-delimited sequence of lower-cased Porter stems, padded with
 * spaces: " state of the art method " → " state of the art method ". Hyphens and other
 * punctuation separate words, so "pre-trained" and "pre trained" give the same sequence.
 * Searching for a term's sequence (" pre train ") is then a plain substring test with word
 * boundaries: simple plurals and inflections (policies, trained, converging) match.
 */
export function stemSequence(text: string): string {
  const words = text.toLowerCase().match(/[a-z0-9]+/g);
  if (!words) return ' ';
  return ' ' + words.map((w) => stemmer(w)).join(' ') + ' ';
}
