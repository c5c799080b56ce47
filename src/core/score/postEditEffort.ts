import { wordTokens } from '../diff';
import { charEditDistance } from './charEditDistance';
import { chrFFromStatistics, chrFStatistics, type ChrFStatistics } from './chrF';
import { translationEditRate, type TerOptions, type TerResult } from './translationEditRate';

/**
 * Post-editing effort between the machine translation and the final text of one unit.
 *
 * - `charEditRate` = character Levenshtein distance / length of the final text in code
 *   points (the post-edit is the reference, as for HTER); when the final text is empty,
 *   divided by the MT length; 0 when both are empty. 0 = untouched, 1 ≈ rewritten.
 * - `chrF` (0..100) of the MT against the final text: 100 = untouched.
 * - `ter`: TER with shifts on word tokens (Intl.Segmenter for Chinese, whitespace and
 *   punctuation handled as in `wordTokens`), i.e. HTER when the final text is a post-edit.
 */
export interface PostEditEffort {
  charEdits: number;
  /** Characters of the final text (the denominator, or the MT length when the final text is empty). */
  charLength: number;
  charEditRate: number;
  chrF: number;
  chrFStats: ChrFStatistics;
  ter: TerResult;
}

export interface PostEditOptions {
  /** Tokeniser for TER (default: Intl.Segmenter words without whitespace). */
  tokenize?: (text: string) => string[];
  ter?: TerOptions;
}

export function postEditEffort(mt: string, final: string, options: PostEditOptions = {}): PostEditEffort {
  const tokenize = options.tokenize ?? wordTokens;
  const charEdits = mt === final ? 0 : charEditDistance(mt, final);
  const finalLen = Array.from(final).length;
  const charLength = finalLen > 0 ? finalLen : Array.from(mt).length;
  const chrFStats = chrFStatistics(mt, final);
  return {
    charEdits,
    charLength,
    charEditRate: charLength > 0 ? charEdits / charLength : 0,
    chrF: mt === final && mt.trim() !== '' ? 100 : chrFFromStatistics(chrFStats),
    chrFStats,
    ter: translationEditRate(tokenize(mt), tokenize(final), options.ter),
  };
}
