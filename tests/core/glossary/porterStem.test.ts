import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { builtinTermbase } from '../../../src/core/glossary';
import { tokenKey } from '../../../src/core/glossary/englishTermKeys';
import { englishWordKey, toAmerican } from '../../../src/core/glossary/englishWordKey';
import { porterStem } from '../../../src/core/glossary/porterStem';

/**
 * porterStem (the character-test Porter stemmer behind englishWordKey) against the `stemmer`
 * package it replaces, and toAmerican, englishWordKey and tokenKey against their former
 * regular-expression definitions (below): equal on the built-in termbase's words, on words
 * built from stems and suffix chains that take every branch of every step, and on the real
 * sources' words.
 */

/** toAmerican, englishWordKey and tokenKey as they were written with the package and regular expressions (the reference). */
const BRITISH_WORDS = new Map([['defence', 'defense'], ['defences', 'defenses'], ['offence', 'offense'], ['offences', 'offenses'], ['licence', 'license'], ['licences', 'licenses'], ['grey', 'gray'], ['programme', 'program'], ['programmes', 'programs'], ['aluminium', 'aluminum']]);
const BRITISH_ENDING = /(?:is|ys)(?:e|es|ed|ing|er|ers|ation|ations|ational)$|our(?:s|ed|ing|al|able|ite|ites|hood|hoods)?$|tres?$|ogues?$/;
function referenceAmerican(lower: string): string {
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
function referenceTokenKey(token: string): string {
  return referenceKey(/['’]/.test(token) ? token.replace(/['’]s$/i, '').replace(/['’]$/, '') : token);
}
const ANY_CLASS = /(?:ings?|tions?|sions?|ments?|ness|nesses|ity|ities|ives?|iz(?:e|es|ed|ing)|ous|able|ible|ly|ers?|ors?|ances?|ences?|ants?|ents?|ics?|ical|isms?|ists?|als?)$/;
const CLASSES: [RegExp, string][] = [
  [/(ization)s?$/, '~ization'], [/(tion|sion)s?$/, '~ion'], [/(ment)s?$/, '~ment'], [/(ness)(?:es)?$/, '~ness'],
  [/(it)(?:y|ies)$/, '~ity'], [/(iv)es?$/, '~ive'], [/(iz)(?:e|es|ed|ing)$/, '~ize'], [/(ous)$/, '~ous'],
  [/(abl|ibl)e$/, '~able'], [/(ly)$/, '~ly'], [/(er|or)s?$/, '~er'], [/(anc|enc)es?$/, '~ence'],
  [/(ant|ent)s?$/, '~ent'], [/(ical|ic)s?$/, '~ic'], [/(ism|ist)s?$/, '~ism'], [/(al)s?$/, '~al'], [/(ing)s?$/, '~ing'],
];
function referenceKey(word: string): string {
  const w = referenceAmerican(word.toLowerCase());
  const stem = stemmer(w);
  if (w.length < 5 || !ANY_CLASS.test(w)) return stem;
  for (const [re, cls] of CLASSES) {
    const m = re.exec(w);
    if (m) return stem + (stem.endsWith(m[1]) ? '' : cls);
  }
  return stem;
}

const SUFFIXES = [
  '', 's', 'es', 'ies', 'sses', 'ss', 'ed', 'ing', 'eed', 'y', 'ys', 'ying', 'yed', 'ye', 'yy', 'at', 'bl', 'iz',
  'ational', 'tional', 'enci', 'anci', 'izer', 'bli', 'alli', 'entli', 'eli', 'ousli', 'ization', 'ation', 'ator',
  'alism', 'iveness', 'fulness', 'ousness', 'aliti', 'iviti', 'biliti', 'logi', 'icate', 'ative', 'alize', 'iciti',
  'ical', 'ful', 'ness', 'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion',
  'sion', 'tion', 'ou', 'ism', 'ist', 'ate', 'iti', 'ous', 'ive', 'ize', 'e', 'll', 'l', 'ise', 'ised', 'isation',
  'our', 'ours', 'tre', 'ogue', 'ings', 'ments', 'ities', 'ly', 'ics', 'icals', 'nesses', 'ives', 'izes', "'s", '’',
  'ises', 'ising', 'iser', 'isers', 'isations', 'isational', 'yse', 'yses', 'ysed', 'ysing', 'yser', 'ysers', 'ysation',
  'oured', 'ouring', 'oural', 'ourable', 'ourite', 'ourites', 'ourhood', 'ourhoods', 'tres', 'ogues', "'", '’s', "'S",
  'grey', 'defence', 'licences', 'programme', 'aluminium',
];

/** Stems of one to six units (plain letters, or a mix heavy in y, vowels and odd characters) with up to three suffixes. */
function generatedWords(count: number): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const odd = "aeiouyybcdfglmnrstwxz1'’";
  let seed = 12345;
  const rnd = (n: number) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const out = new Set<string>();
  for (const s of SUFFIXES) {
    out.add(s);
    for (const a of letters) {
      out.add(a + s);
      out.add('y' + a + s);
      for (const b of 'aeybtl') out.add(a + b + s);
    }
  }
  while (out.size < count) {
    const alphabet = rnd(2) ? letters : odd;
    let w = '';
    for (let k = 1 + rnd(6); k > 0; k--) w += alphabet[rnd(alphabet.length)];
    for (let k = rnd(4); k > 0; k--) w += SUFFIXES[rnd(SUFFIXES.length)];
    out.add(w);
  }
  return [...out];
}

function builtinWords(): string[] {
  const out = new Set<string>();
  for (const c of builtinTermbase().concepts) {
    for (const e of c.en) for (const t of [e.text, ...(e.variants ?? [])]) for (const w of t.toLowerCase().split(/[^a-z0-9'’]+/)) if (w) out.add(w);
  }
  return [...out];
}

/** porterStem takes lower case (englishWordKey lower-cases first); the others any word. */
function disagreements(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (w === w.toLowerCase() && porterStem(w) !== stemmer(w)) out.push(`stem ${w}: ${porterStem(w)} vs ${stemmer(w)}`);
    if (toAmerican(w) !== referenceAmerican(w)) out.push(`american ${w}: ${toAmerican(w)} vs ${referenceAmerican(w)}`);
    if (englishWordKey(w) !== referenceKey(w)) out.push(`key ${w}: ${englishWordKey(w)} vs ${referenceKey(w)}`);
    if (tokenKey(w) !== referenceTokenKey(w)) out.push(`token key ${w}: ${tokenKey(w)} vs ${referenceTokenKey(w)}`);
    if (out.length > 20) break;
  }
  return out;
}

/** The large differentials take ~1-3 s alone; under a loaded CI machine more than the default 5 s. */
const BIG = 60_000;

describe('porterStem and englishWordKey: the same stems and keys as the stemmer package and the regular expressions', () => {
  it('stems and keys the usual ML vocabulary as before', () => {
    expect(englishWordKey('training')).toBe('train~ing');
    expect(englishWordKey('trained')).toBe('train');
    expect(englishWordKey('trains')).toBe('train');
    expect(englishWordKey('optimisation')).toBe(englishWordKey('optimization'));
    expect(englishWordKey('optimization')).toBe('optim~ization');
    expect(englishWordKey('generation')).not.toBe(englishWordKey('general'));
    expect(englishWordKey('vertical')).not.toBe(englishWordKey('vertices'));
    expect(englishWordKey('sampling')).not.toBe(englishWordKey('samples'));
    expect(porterStem('yielding')).toBe('yield'); // an initial y is a consonant
    expect(porterStem('relational')).toBe('relat');
    expect(porterStem('hopping')).toBe('hop');
    expect(porterStem('sky')).toBe('sky');
    expect(porterStem('happy')).toBe('happi');
  });

  it('agrees on every word of the built-in termbase', () => {
    const words = builtinWords();
    expect(words.length).toBeGreaterThan(1000);
    expect(disagreements(words)).toEqual([]);
  });

  it('agrees on 300,000 generated words that take every branch of every step', () => {
    const words = generatedWords(300_000);
    expect(disagreements(words)).toEqual([]);
  }, BIG);

  const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/arxiv-adv-tencentmt');
  if (!existsSync(dir)) console.warn('porterStem: ../shared/data/arxiv-adv-tencentmt not present, skipping the real-source words');
  describe.runIf(existsSync(dir))('on real text', () => {
    it('agrees on every word of the real sources', () => {
      const words = new Set<string>();
      const text = readFileSync(join(dir, 'pairs-2021-2023.jsonl'), 'utf8');
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        const src = (JSON.parse(line) as { source: string }).source.toLowerCase();
        for (const m of src.matchAll(/[a-z0-9]+(?:['’][a-z]+)*/g)) words.add(m[0]);
      }
      expect(words.size).toBeGreaterThan(10_000);
      expect(disagreements([...words])).toEqual([]);
    }, BIG);
  });
});
