import { francAll } from 'franc';
import type { LangGuess } from '../model/Unit';
import { scriptCounts } from './scriptCounts';

/**
 * The languages franc may choose from. Chinese and English are what duizhao reviews; the
 * others are there so that a German or Japanese block is reported as such instead of
 * being forced into "English" or "Chinese".
 */
export const FRANC_LANGUAGES = ['cmn', 'eng', 'jpn', 'kor', 'deu', 'fra', 'spa', 'rus'] as const;

const LATIN_CANDIDATES = ['eng', 'deu', 'fra', 'spa'];

/** franc reads at most 2,048 characters; a 300-character sample decides as well for a block of prose and is much faster. */
const SAMPLE = 300;

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
 * How: the writing system decides first (Han without kana → Chinese, kana → Japanese,
 * Hangul → Korean, Cyrillic → Russian), because franc needs long text and misreads short
 * strings such as "DESTA" (Spanish) or "GNN模型". Han counts against Latin letters at
 * 1 : 0.3, since Chinese MT keeps acronyms and names in Latin script. Latin text goes to
 * franc (eng/deu/fra/spa); the share of English function words confirms or overrules it,
 * and when it is conclusive (≥ 20 % of ≥ 12 words) franc is not consulted at all.
 * Confidence grows with length: a handful of characters never reaches 1.
 */
export function identifyLanguage(text: string): LangGuess {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const s = scriptCounts(sample);
  const letters = s.han + s.kana + s.hangul + s.cyrillic + s.latin;
  if (letters === 0) return { ...UND };

  if (s.kana > 0 && s.kana + s.han >= s.latin * 0.3 && s.kana * 20 >= s.han) {
    const share = (s.kana + s.han) / (s.kana + s.han + s.latin * 0.3);
    return { lang: 'und', code: 'jpn', confidence: clamp01(share * lengthFactor(s.kana + s.han, 20)) };
  }
  if (s.hangul > 0 && s.hangul >= s.han && s.hangul >= s.latin * 0.3) {
    return { lang: 'und', code: 'kor', confidence: clamp01(lengthFactor(s.hangul, 20)) };
  }
  if (s.han > 0 && s.han >= s.latin * 0.3 && s.han >= s.cyrillic * 0.3) {
    const share = s.han / (s.han + s.latin * 0.3 + s.cyrillic * 0.3 + s.kana + s.hangul);
    return { lang: 'zh', code: 'cmn', confidence: round(clamp01(share * lengthFactor(s.han, 24))) };
  }
  if (s.cyrillic > s.latin) {
    return { lang: 'und', code: 'rus', confidence: round(clamp01(lengthFactor(s.cyrillic, 60))) };
  }
  return latinGuess(sample, s.latin);
}

function latinGuess(sample: string, latin: number): LangGuess {
  const { share, words } = englishWordShare(sample);
  const lengthConf = lengthFactor(latin, 120);
  if (words < 4) {
    // Too short for franc ("DESTA", "Lunar Lander"): Latin script in an EN→ZH project is
    // most likely English, but say that we are not sure.
    return { lang: 'en', code: 'eng', confidence: round(0.2 + 0.2 * lengthConf) };
  }
  const englishEvidence = clamp01(share / 0.2); // abstracts run at 20–35 % function words
  if (words >= 12 && share >= 0.2) {
    // Conclusive: no other candidate language has a fifth of its words in this list.
    // Skipping franc here keeps a 100,000-abstract import fast (franc costs ~0.15 ms).
    return { lang: 'en', code: 'eng', confidence: round(clamp01(0.6 + 0.4 * lengthConf)) };
  }
  const ranked = francAll(sample, { only: LATIN_CANDIDATES, minLength: 1 });
  const top = ranked[0]?.[0] ?? 'und';
  if (top === 'eng' || share >= 0.15) {
    const conf = (top === 'eng' ? 0.55 : 0.35) + 0.45 * englishEvidence;
    return { lang: 'en', code: 'eng', confidence: round(clamp01(conf * (0.5 + 0.5 * lengthConf))) };
  }
  if (top === 'und') return { ...UND };
  const conf = (0.5 + 0.5 * (1 - englishEvidence)) * (0.5 + 0.5 * lengthConf);
  return { lang: 'und', code: top, confidence: round(clamp01(conf)) };
}

/** 0.5 for a single character, approaching 1 at about `full` characters. */
function lengthFactor(n: number, full: number): number {
  return clamp01(0.5 + (0.5 * n) / full);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
