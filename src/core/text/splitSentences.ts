import type { Lang } from '../model/Unit';
import type { Sentence } from './Sentence';
import { scriptCounts } from './scriptCounts';
import { sentenceSpans } from './sentenceSpans';

/**
 * Split text into sentences. `lang` 'zh' or 'en' selects the rules; 'und' decides by
 * script (more Han than 0.3 × Latin letters → Chinese).
 *
 * English: a sentence ends at . ! ? (runs such as "?!" or "..." included) plus any closing
 * quotes/brackets, when followed by the end of text, or by whitespace and then something
 * that is not a lower-case letter. No split after known abbreviations (e.g., i.e., cf.,
 * vs., Fig., Eq., Sec., …), "No./p./Vol." before a number, "etc."/"et al." unless an upper-case
 * word follows, single-letter initials ("J. Smith"), dotted forms ("U.S."); decimals,
 * versions and URLs never split because no whitespace follows their periods.
 * Chinese: a sentence ends after 。！？；… (and runs of them) plus closing quotes/brackets
 * ”」』）)】; after half-width . ! ? ; when CJK text precedes them, or when they end a
 * Latin word and end of text, whitespace or CJK text follows ("DESTA. 其核心"), never inside
 * "73.0%" or "v1.2". A lone ellipsis (… or ……) ends a sentence only before end of text or
 * space + non-lower-case. Both: a blank line always ends a sentence; full-width 。！？；
 * always split. Runs in linear time (see sentenceSpans, which does the work without
 * building strings).
 */
export function splitSentences(text: string, lang: Lang): Sentence[] {
  const zh = lang === 'zh' || (lang === 'und' && isMostlyHan(text));
  return sentencesOf(text, sentenceSpans(text, zh).bounds);
}

/** Sentence objects (with their text) for flat [start, end, …] spans of `text`. */
export function sentencesOf(text: string, bounds: number[]): Sentence[] {
  const out: Sentence[] = [];
  for (let k = 0; k < bounds.length; k += 2) out.push({ start: bounds[k], end: bounds[k + 1], text: text.slice(bounds[k], bounds[k + 1]) });
  return out;
}

function isMostlyHan(text: string): boolean {
  const s = scriptCounts(text, 4000);
  return s.han > 0 && s.han >= s.latin * 0.3;
}
