/** A reviewer's correction of one unit: the machine translation and what it became. */
export interface Correction {
  unitId: string;
  /** English source ('' when unknown: English is then found only through the termbase). */
  source: string;
  /** Machine translation (Chinese). */
  mt: string;
  /** The corrected text. */
  corrected: string;
  reviewer?: string;
  /** ISO date of the correction. */
  date?: string;
}

/** How the English term of a candidate was found, strongest first. */
export type EnglishEvidence = 'termbase' | 'literal' | 'cooccurrence' | 'none';

/**
 * A proposed termbase entry learned from corrections:
 * `en` → `right` (to become approved), `wrong` (to become forbidden).
 */
export interface TermCandidate {
  /** English term as written in the source; '' when no English could be linked (the reviewer fills it in). */
  en: string;
  /** Machine rendering, proposed as forbidden. */
  wrong: string;
  /** Corrected rendering, proposed as approved. */
  right: string;
  /** Number of corrected units showing this change. */
  count: number;
  /** Changed spans in total (a unit may change 培训 three times). */
  occurrences: number;
  /** Unit ids, in input order. */
  evidence: string[];
  reviewers: string[];
  /** Distinct correction dates, sorted. */
  dates: string[];
  via: EnglishEvidence;
  /** Termbase concept the English came from (via = 'termbase'). */
  conceptId?: string;
  /** Other English phrases that fitted the evidence as well (via = 'cooccurrence' with a tie, or 'none'). */
  enAlternatives?: string[];
  /** The termbase already says so (right approved, wrong forbidden for `conceptId`): evidence, not news. */
  known?: boolean;
  /** Other renderings reviewers chose for the same English term or the same wrong rendering. */
  conflict?: string[];
}
