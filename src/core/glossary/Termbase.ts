/**
 * Termbase model: concept entries with English terms, approved / forbidden Chinese,
 * do-not-translate names and provenance. Plain data: serialisable to JSON, TBX and CSV.
 */
export type TermStatus = 'preferred' | 'admitted' | 'forbidden';

export interface ZhTerm {
  text: string;
  status: TermStatus;
  /**
   * Context condition for a forbidden rendering: it is wrong only when the source holds
   * one of the concept's English terms (e.g. 州 for "state"). Without a source such a hit
   * is reported as a weaker "suspect".
   */
  requiresSourceTerm?: boolean;
  /**
   * Severity of a certain finding of this forbidden rendering (default `major`: the sense is
   * wrong, as 政策 for an RL policy or 州 for an MDP state). `minor` for a rendering whose
   * meaning is clear but is not the field's term (健壮性 for robustness, 预先训练 for
   * pre-trained); `critical` for one that reverses or hides the meaning. Forbidden only.
   */
  severity?: 'minor' | 'major' | 'critical';
  note?: string;
}

export interface EnTerm {
  text: string;
  /** Variants that should match too (plurals, inflections, hyphenation, BrE/AmE). */
  variants?: string[];
  /** Acronym, e.g. "GNN" for "graph neural network". */
  acronym?: string;
  partOfSpeech?: string;
}

export interface Provenance {
  /** builtin | imported:<file> | learned | user */
  origin: string;
  /** Unit ids that taught this entry (learned glossaries). */
  evidence?: string[];
  author?: string;
  /** ISO date. */
  date?: string;
}

export interface Concept {
  id: string;
  domain?: string;
  definition?: string;
  en: EnTerm[];
  zh: ZhTerm[];
  /** Do-not-translate: names kept in the target with this exact casing (OpenAI Gym, ImageNet-1K). */
  dnt?: boolean;
  /**
   * A general-language word (performance, effectiveness, real-world, vulnerable) listed for
   * its forbidden renderings or to shield longer terms: it may be translated freely, so
   * terminology.not-followed skips it and terminology.inconsistent does not report a mix of
   * its approved renderings. Forbidden renderings are still reported.
   */
  generic?: boolean;
  note?: string;
  provenance?: Provenance;
}

export interface Termbase {
  id: string;
  name: string;
  /** Higher wins when two termbases disagree (project > imported > builtin). */
  priority: number;
  concepts: Concept[];
}
