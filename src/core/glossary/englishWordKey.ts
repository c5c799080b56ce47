import { stemmer } from 'stemmer';

/**
 * The key under which an English word is matched: case-folded, British spelling mapped to
 * American, Porter-stemmed — plus a coarse derivational class so that Porter's aggressive
 * conflations do not leak across parts of speech. "training/trained/trains" → `train`,
 * "optimise/optimize/optimizes" → `optim~ize`, but "optimization" → `optim~ion`,
 * "general" → `gener~al` and "generation" → `gener~ion` stay apart.
 */
export function englishWordKey(word: string): string {
  const w = toAmerican(word.toLowerCase());
  const stem = stemmer(w);
  return stem + derivationClass(w, stem);
}

const BRITISH_WORDS: Record<string, string> = {
  defence: 'defense',
  defences: 'defenses',
  offence: 'offense',
  offences: 'offenses',
  licence: 'license',
  licences: 'licenses',
  grey: 'gray',
  programme: 'program',
  programmes: 'programs',
  aluminium: 'aluminum',
};

/** -ise → -ize, -yse → -yze, -our → -or, -tre → -ter, -ogue → -og, plus a few whole words. */
export function toAmerican(lower: string): string {
  const direct = BRITISH_WORDS[lower];
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
const ANY_CLASS = /(?:tions?|sions?|ments?|ness|nesses|ity|ities|ives?|iz(?:e|es|ed|ing)|ous|able|ible|ly|ers?|ors?|ances?|ences?|ants?|ents?|ics?|ical|isms?|ists?|als?)$/;

const CLASSES: [RegExp, string][] = [
  [/(?:tion|sion)s?$/, '~ion'],
  [/ments?$/, '~ment'],
  [/ness(?:es)?$/, '~ness'],
  [/(?:ity|ities)$/, '~ity'],
  [/ives?$/, '~ive'],
  [/iz(?:e|es|ed|ing)$/, '~ize'],
  [/(?:ous)$/, '~ous'],
  [/(?:able|ible)$/, '~able'],
  [/ly$/, '~ly'],
  [/(?:er|ers|or|ors)$/, '~er'],
  [/(?:ance|ence|ances|ences)$/, '~ence'],
  [/(?:ant|ent|ants|ents)$/, '~ent'],
  [/(?:ic|ics|ical)$/, '~ic'],
  [/(?:ism|isms|ist|ists)$/, '~ism'],
  [/(?:al|als)$/, '~al'],
];

/** The class of the suffix Porter removed; '' when the stem keeps it ("infer", "agent", "signal"). */
function derivationClass(w: string, stem: string): string {
  if (w.length < 5 || !ANY_CLASS.test(w)) return '';
  for (const [re, cls] of CLASSES) if (re.test(w)) return re.test(stem) ? '' : cls;
  return '';
}
