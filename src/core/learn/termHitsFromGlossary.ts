import { matchTargetAll, type CompiledGlossary } from '../glossary';
import { englishFinder } from './findEnglishPhrase';

/** A termbase rendering in a Chinese text whose English term occurs in the source. */
export interface LearnTermHit {
  /** UTF-16 span in the Chinese text. */
  start: number;
  end: number;
  /** The concept's English term (as the termbase writes it) that occurs in the source. */
  en: string;
  conceptId?: string;
}

/** Finds termbase hits for a (source, Chinese text) pair; inject your own when there is no compiled glossary. */
export type TermHitsFn = (source: string, chinese: string) => LearnTermHit[];

/**
 * Term hits from a compiled glossary: every rendering (approved or forbidden, nested ones
 * included: 培训 inside 培训数据) whose concept's English term or acronym occurs in the source.
 */
export function termHitsFromGlossary(g: CompiledGlossary): TermHitsFn {
  let lastSource = '';
  let find: ReturnType<typeof englishFinder> = () => [];
  let enCache = new Map<string, string | null>();
  return (source, chinese) => {
    if (!source.trim() || !chinese) return [];
    if (source !== lastSource) {
      // The same source is asked about for the MT and for the corrected text: index it once.
      lastSource = source;
      find = englishFinder(source);
      enCache = new Map();
    }
    const englishOf = (conceptId: string): string | null => {
      if (enCache.has(conceptId)) return enCache.get(conceptId)!;
      const cc = g.concepts.get(conceptId);
      let en: string | null = null;
      if (cc) {
        for (const e of cc.concept.en) {
          if (find([e.text, ...(e.variants ?? [])]).length > 0) {
            en = e.text;
            break;
          }
        }
        if (!en) for (const acr of cc.acronyms) if (new RegExp(`\\b${acr}s?\\b`).test(source)) en = acr;
      }
      enCache.set(conceptId, en);
      return en;
    };
    const out: LearnTermHit[] = [];
    for (const h of matchTargetAll(g, chinese)) {
      for (const e of h.entries) {
        const en = englishOf(e.conceptId);
        if (en) {
          out.push({ start: h.start, end: h.end, en, conceptId: e.conceptId });
          break;
        }
      }
    }
    return out;
  };
}
