import { stemmer } from 'stemmer';

/**
 * The key under which an English word is matched: case-folded, British spelling mapped to
 * American, Porter-stemmed — plus a coarse derivational class so that Porter's aggressive
 * conflations do not leak across parts of speech. "trained/trains/train" → `train`,
 * "training" → `train~ing` (an -ing noun is its own word: sampling ≠ samples, so a termbase
 * lists "train" and "training" as variants when both are meant), "optimise/optimize" →
 * `optim~ize`, "optimization" → `optim~ization`, "generation" → `gener~ion`, "general" →
 * `gener~al` all stay apart.
 */
export function englishWordKey(word: string): string {
  const w = toAmerican(word.toLowerCase());
  const stem = stemmer(w);
  return stem + derivationClass(w, stem);
}

const BRITISH_WORDS = new Map<string, string>([
  ['defence', 'defense'],
  ['defences', 'defenses'],
  ['offence', 'offense'],
  ['offences', 'offenses'],
  ['licence', 'license'],
  ['licences', 'licenses'],
  ['grey', 'gray'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['aluminium', 'aluminum'],
]);

/** -ise → -ize, -yse → -yze, -our → -or, -tre → -ter, -ogue → -og, plus a few whole words. */
export function toAmerican(lower: string): string {
  const direct = BRITISH_WORDS.get(lower);
  if (direct) return direct;
  if (lower.length < 5 || !BRITISH_ENDING.test(lower)) return lower;
  return lower
    .replace(/([a-z]{2,})is(e|es|ed|ing|er|ers|ation|ations|ational)$/, '$1iz$2')
    .replace(/([a-z]{2,})ys(e|es|ed|ing|er|ers)$/, '$1yz$2')
    .replace(/([a-z]{3,})our(s|ed|ing|al|able|ite|ites|hood|hoods)?$/, '$1or$2')
    .replace(/([a-z]{2,}[^aeiou])tre(s)?$/, '$1ter$2')
    .replace(/([a-z]{2,})ogue(s)?$/, '$1og$2');
}

const BRITISH_ENDING = /(?:is|ys)(?:e|es|ed|ing|er|ers|ation|ations|ational)$|our(?:s|ed|ing|al|able|ite|ites|hood|hoods)?$|tres?$|ogues?$/;

/** Any derivational ending at all (one test before trying the classes one by one). */
const ANY_CLASS = /(?:ings?|tions?|sions?|ments?|ness|nesses|ity|ities|ives?|iz(?:e|es|ed|ing)|ous|able|ible|ly|ers?|ors?|ances?|ences?|ants?|ents?|ics?|ical|isms?|ists?|als?)$/;

/** Derivational suffixes; group 1 is the suffix core (inflection left out). */
const CLASSES: [RegExp, string][] = [
  [/(ization)s?$/, '~ization'],
  [/(tion|sion)s?$/, '~ion'],
  [/(ment)s?$/, '~ment'],
  [/(ness)(?:es)?$/, '~ness'],
  [/(it)(?:y|ies)$/, '~ity'],
  [/(iv)es?$/, '~ive'],
  [/(iz)(?:e|es|ed|ing)$/, '~ize'],
  [/(ous)$/, '~ous'],
  [/(abl|ibl)e$/, '~able'],
  [/(ly)$/, '~ly'],
  [/(er|or)s?$/, '~er'],
  [/(anc|enc)es?$/, '~ence'],
  [/(ant|ent)s?$/, '~ent'],
  [/(ical|ic)s?$/, '~ic'],
  [/(ism|ist)s?$/, '~ism'],
  [/(al)s?$/, '~al'],
  [/(ing)s?$/, '~ing'],
];

/** The class of the suffix Porter removed; '' when the stem keeps it ("infer", "agent", "signals"). */
function derivationClass(w: string, stem: string): string {
  if (w.length < 5 || !ANY_CLASS.test(w)) return '';
  for (const [re, cls] of CLASSES) {
    const m = re.exec(w);
    if (m) return stem.endsWith(m[1]) ? '' : cls;
  }
  return '';
}
