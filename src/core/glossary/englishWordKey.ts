import { endsIn as endsInImported, porterStem } from './porterStem';

// read once: a CommonJS build (tsx, the CLI) reads imports through getters
const stemOf = porterStem;
const endsIn = endsInImported;

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
  const stem = stemOf(w);
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


/**
 * Derivational suffixes in the order they are tried: each as its endings (the suffix with
 * its inflections), the suffix core (inflection left out) and the class. A word takes the
 * first class one of whose endings it has.
 */
const CLASSES: [string[], string, string][] = [
  [['ization', 'izations'], 'ization', '~ization'],
  [['tion', 'tions'], 'tion', '~ion'],
  [['sion', 'sions'], 'sion', '~ion'],
  [['ment', 'ments'], 'ment', '~ment'],
  [['ness', 'nesses'], 'ness', '~ness'],
  [['ity', 'ities'], 'it', '~ity'],
  [['ive', 'ives'], 'iv', '~ive'],
  [['ize', 'izes', 'ized', 'izing'], 'iz', '~ize'],
  [['ous'], 'ous', '~ous'],
  [['able'], 'abl', '~able'],
  [['ible'], 'ibl', '~able'],
  [['ly'], 'ly', '~ly'],
  [['er', 'ers'], 'er', '~er'],
  [['or', 'ors'], 'or', '~er'],
  [['ance', 'ances'], 'anc', '~ence'],
  [['ence', 'ences'], 'enc', '~ence'],
  [['ant', 'ants'], 'ant', '~ent'],
  [['ent', 'ents'], 'ent', '~ent'],
  [['ical', 'icals'], 'ical', '~ic'],
  [['ic', 'ics'], 'ic', '~ic'],
  [['ism', 'isms'], 'ism', '~ism'],
  [['ist', 'ists'], 'ist', '~ism'],
  [['al', 'als'], 'al', '~al'],
  [['ing', 'ings'], 'ing', '~ing'],
];

/** Per last character code (a-z): [ending, core, class] of CLASSES ending in it, in CLASSES' order. */
const CLASS_BY_LAST: [string, string, string][][] = [];
for (let c = 0; c < 128; c++) CLASS_BY_LAST.push([]);
for (const [endings, core, cls] of CLASSES) for (const e of endings) CLASS_BY_LAST[e.charCodeAt(e.length - 1)].push([e, core, cls]);

/** The class of the suffix Porter removed; '' when the stem keeps it ("infer", "agent", "signals"). */
function derivationClass(w: string, stem: string): string {
  const n = w.length;
  if (n < 5) return '';
  const last = w.charCodeAt(n - 1);
  if (last >= 128) return '';
  const list = CLASS_BY_LAST[last];
  for (let i = 0; i < list.length; i++) {
    const [ending, core, cls] = list[i];
    if (endsIn(w, n, ending)) return endsIn(stem, stem.length, core) ? '' : cls;
  }
  return '';
}
