import type { TermStatus } from '../glossary';

/** A unit as the concordance reads it. */
export interface ConcordanceUnit {
  id: string;
  source: string;
  target: string;
  documentId?: string;
}

/** Status of the rendering a line was grouped under. */
export type RenderingStatus = TermStatus | 'other' | 'missing';

/** One occurrence as a keyword-in-context line, with its aligned sentence pair. */
export interface KwicLine {
  unitId: string;
  documentId?: string;
  /** Side the query was found on: `source` for an English query, `target` for Chinese. */
  side: 'source' | 'target';
  left: string;
  match: string;
  right: string;
  /** UTF-16 offsets of the match in that side's text. */
  start: number;
  end: number;
  /** The aligned sentences (offsets into the unit's source / target). */
  sourceSentence: { start: number; end: number; text: string };
  targetSentence: { start: number; end: number; text: string };
  /** English query: the Chinese rendering found in the aligned target (or '' when none). Chinese query: the English term. */
  rendering: string;
  /** Where the rendering found in the aligned target sits in the target text ('' rendering: none). */
  renderingSpan?: { start: number; end: number };
  status: RenderingStatus;
}

export interface ConcordanceGroup {
  /** The rendering (English query) or English term (Chinese query); '' = not found. */
  rendering: string;
  status: RenderingStatus;
  count: number;
  lines: KwicLine[];
}

export interface ConcordanceResult {
  query: string;
  lang: 'en' | 'zh';
  /** Termbase concepts the query names (empty without a glossary or for an unknown term). */
  conceptIds: string[];
  total: number;
  /** Largest group first; lines in unit order. */
  groups: ConcordanceGroup[];
  /** How renderings were identified: the termbase, co-occurrence spotting, or not at all. */
  groupedBy: 'termbase' | 'spotting' | 'none';
}
