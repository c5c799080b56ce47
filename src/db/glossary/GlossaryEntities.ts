import type { Concept } from '../../core/glossary';
import type { GlossaryRecord, TermRecord } from '../records';

/** Priorities: project > imported > built-in (0). */
export const PROJECT_TERMBASE_PRIORITY = 100;
export const IMPORTED_TERMBASE_PRIORITY = 50;

export type CandidateDecision = 'approved' | 'rejected';

/** A termbase stored for a project: its own ('project') or an imported file. */
export interface ProjectGlossary extends GlossaryRecord {
  projectId: number;
  kind: 'project' | 'imported';
  priority: number;
  createdAt: number;
  fileName?: string;
  /** Candidates decided by a reviewer, by `candidateKey` (project glossary only). */
  decisions?: Record<string, { state: CandidateDecision; at: number; by?: string }>;
  /** Bumped whenever one of its entries is added, edited or deleted (additive, issue 7): a cheap termbase identity. */
  version?: number;
}

/** One entry (a concept) of a stored termbase. */
export interface TermEntry extends TermRecord {
  concept: Concept;
  createdAt: number;
  updatedAt: number;
  /** Database ids of the units that taught it (learned entries). */
  evidenceUnitIds?: number[];
  /** The built-in concept this project entry overrides (edit of a built-in entry). */
  overrides?: string;
}
