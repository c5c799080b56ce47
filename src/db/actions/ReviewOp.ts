import type { AnnotationRecord, DecisionAction, Side } from '../records';

/** One side of one unit goes from `before` to `after` (stored as a new revision). */
export interface TextOp {
  type: 'text';
  unitId: number;
  side: Side;
  before: string;
  after: string;
  /** Revision reason when performed: 'edit', 'apply', 'restore'… */
  reason: string;
}

export interface DecisionState {
  action: DecisionAction;
  reason?: string;
}

/** The decision on one finding goes from `before` to `after` (a new decision record). */
export interface DecisionOp {
  type: 'decision';
  unitId: number;
  findingKey: string;
  check: string;
  /** Offset-free identity of the finding (the UI's `looseKey`), kept with the decision. */
  looseKey?: string;
  before: DecisionState;
  after: DecisionState;
}

/** The stored fields of an annotation, without id/projectId (those are fixed). */
export type AnnotationData = Omit<AnnotationRecord, 'id' | 'projectId'>;

/**
 * An annotation goes from `before` to `after`; null = absent (not yet created, or deleted).
 * `id` is assigned when a new annotation is first stored.
 */
export interface AnnotationOp {
  type: 'annotation';
  id?: number;
  before: AnnotationData | null;
  after: AnnotationData | null;
}

/** A reversible change: performing applies every `after`, undo applies every `before`. */
export type ReviewOp = TextOp | DecisionOp | AnnotationOp;
