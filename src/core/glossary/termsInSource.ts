import type { CompiledGlossary } from './CompiledGlossary';
import { matchSource } from './matchSource';

/** A termbase term recognised in English text, with what a translator should write. */
export interface SourceTerm {
  start: number;
  end: number;
  text: string;
  conceptId: string;
  /** The concept's English term as the termbase writes it. */
  en: string;
  /** Preferred Chinese (the name itself for do-not-translate names). */
  preferred?: string;
  /** Preferred first, then admitted renderings. */
  approved: string[];
  /** Known mistranslations to avoid. */
  forbidden: string[];
  dnt: boolean;
  note?: string;
}

/**
 * The glossary terms of an English text with their approved Chinese, for showing beside a
 * source that has no translation yet (or in a Terms panel). One entry per hit; a word of
 * several concepts yields one entry per concept.
 */
export function termsInSource(g: CompiledGlossary, text: string): SourceTerm[] {
  const out: SourceTerm[] = [];
  for (const h of matchSource(g, text)) {
    for (const e of h.entries) {
      const cc = g.concepts.get(e.conceptId);
      if (!cc) continue;
      out.push({
        start: h.start, end: h.end, text: h.text, conceptId: cc.id, en: cc.en,
        preferred: cc.preferred ?? (cc.dnt ? cc.en : undefined),
        approved: cc.approved, forbidden: cc.forbidden.map((z) => z.text), dnt: cc.dnt,
        ...(cc.concept.note ? { note: cc.concept.note } : {}),
      });
    }
  }
  return out;
}
