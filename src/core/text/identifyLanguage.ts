import { francAll } from 'franc';
import type { LangGuess } from '../model/Unit';
import { scriptCounts } from './scriptCounts';

/**
 * The languages franc may choose from. Chinese and English are what duizhao reviews; the
 * others are there so that a German or Japanese block is reported as such instead of
 * being forced into "English" or "Chinese".
 */
export const FRANC_LANGUAGES = ['cmn', 'eng', 'jpn', 'kor', 'deu', 'fra', 'spa', 'rus'] as const;

const LATIN_CANDIDATES = new Set(['eng', 'deu', 'fra', 'spa']);

/** Script counts and function words look at the first 300 characters of a block. */
const SAMPLE = 300;
/**
 * franc reads at most 2,048 characters and costs ~0.5 ms on that; its first 160 characters
 * decide as well for a block of prose (the function words back it up) at ~0.05 ms, which
 * keeps a 100,000-block import fast.
 */
const FRANC_SAMPLE = 160;
const FRANC_ONLY = [...FRANC_LANGUAGES];

/** Frequent English function words: their share of the tokens backs up franc on Latin text. */
const EN_FUNCTION_WORDS = new Set(
  ('the of and to in a is for we that with on by as are this be from an our it which can ' +
    'or at these its their has have not been more than while such into show using based ' +
    'both also between however only other over when where how what how each most')
    .split(' '),
);

const UND: LangGuess = { lang: 'und', code: 'und', confidence: 0 };

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** Share of word tokens that are English function words (0..1) and the token count. */
function englishWordShare(sample: string): { share: number; words: number } {
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length === 0) return { share: 0, words: 0 };
  let hits = 0;
  for (const w of words) if (EN_FUNCTION_WORDS.has(w)) hits++;
  return { share: hits / words.length, words: words.length };
}

/**
 * Identify the language of a block of text: 'zh', 'en' or 'und' (other, empty, unclear),
 * with franc's ISO 639-3 code and a confidence in 0..1 meant for the user.
 *
 * How: franc (restricted to FRANC_LANGUAGES) reads the start of the block. Its verdict is
 * combined with the writing system, because franc misreads short and mixed strings
 * ("DESTA" → Spanish, "GNN模型" → Latin-script languages): Han without kana → Chinese,
 * kana → Japanese, Hangul → Korean, Cyrillic → Russian, with Han counted against Latin
 * letters at 1 : 0.3 since Chinese MT keeps acronyms and names in Latin script. For Latin
 * text franc chooses among eng/deu/fra/spa and the share of English function words
 * confirms or overrules it. Confidence grows with length (a handful of characters never
 * reaches 1) and drops when franc and the script disagree.
 */
export function identifyLanguage(text: string): LangGuess {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const s = scriptCounts(sample);
  const letters = s.han + s.kana + s.hangul + s.cyrillic + s.latin;
  if (letters === 0) return { ...UND };
  const ranked = francAll(sample.slice(0, FRANC_SAMPLE), { only: FRANC_ONLY, minLength: 1 });
  const franc = ranked[0]?.[0] ?? 'und';
  const agree = (code: string): number => (franc === code ? 1 : 0.8);

  if (s.kana > 0 && s.kana + s.han >= s.latin * 0.3 && s.kana * 20 >= s.han) {
    const share = (s.kana + s.han) / (s.kana + s.han + s.latin * 0.3);
    return { lang: 'und', code: 'jpn', confidence: round(clamp01(share * lengthFactor(s.kana + s.han, 20) * agree('jpn'))) };
  }
  if (s.hangul > 0 && s.hangul >= s.han && s.hangul >= s.latin * 0.3) {
    return { lang: 'und', code: 'kor', confidence: round(clamp01(lengthFactor(s.hangul, 20) * agree('kor'))) };
  }
  if (s.han > 0 && s.han >= s.latin * 0.3 && s.han >= s.cyrillic * 0.3) {
    const share = s.han / (s.han + s.latin * 0.3 + s.cyrillic * 0.3 + s.kana + s.hangul);
    return { lang: 'zh', code: 'cmn', confidence: round(clamp01(share * lengthFactor(s.han, 24) * agree('cmn'))) };
  }
  if (s.cyrillic > s.latin) {
    return { lang: 'und', code: 'rus', confidence: round(clamp01(lengthFactor(s.cyrillic, 60) * agree('rus'))) };
  }
  return latinGuess(sample, s.latin, LATIN_CANDIDATES.has(franc) ? franc : 'und');
}

function latinGuess(sample: string, latin: number, franc: string): LangGuess {
  const { share, words } = englishWordShare(sample);
  const lengthConf = lengthFactor(latin, 120);
  if (words < 4) {
    // Too short for franc ("DESTA", "Lunar Lander"): Latin script in an EN→ZH project is
    // most likely English, but say that we are not sure.
    return { lang: 'en', code: 'eng', confidence: round(0.2 + 0.2 * lengthConf) };
  }
  const englishEvidence = clamp01(share / 0.2); // abstracts run at 20–35 % function words
  if (franc === 'eng' || share >= 0.15) {
    const conf = (franc === 'eng' ? 0.55 : 0.35) + 0.45 * englishEvidence;
    return { lang: 'en', code: 'eng', confidence: round(clamp01(conf * (0.5 + 0.5 * lengthConf))) };
  }
  if (franc === 'und') return { ...UND };
  const conf = (0.5 + 0.5 * (1 - englishEvidence)) * (0.5 + 0.5 * lengthConf);
  return { lang: 'und', code: franc, confidence: round(clamp01(conf)) };
}

/** 0.5 for a single character, approaching 1 at about `full` characters. */
function lengthFactor(n: number, full: number): number {
  return clamp01(0.5 + (0.5 * n) / full);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
