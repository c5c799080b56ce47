import { findingKey, type Finding } from '../../core/model';
import { toMqmSeverity } from '../../core/score';
import type { AnnotationOp, DecisionOp, DecisionRecord, DecisionState, TextOp } from '../../db';

/** The decision state a finding has now ('open' when none). */
export function decisionState(d: DecisionRecord | undefined): DecisionState {
  return d?.action ? { action: d.action, ...(d.reason ? { reason: d.reason } : {}) } : { action: 'open' };
}

export function decisionOp(f: Finding, before: DecisionRecord | undefined, after: DecisionState, looseKey?: string): DecisionOp {
  return {
    type: 'decision',
    unitId: Number(f.unitId),
    findingKey: findingKey(f),
    check: f.check,
    ...(looseKey ? { looseKey } : {}),
    before: decisionState(before),
    after,
  };
}

/**
 * The text change "Apply suggestion" makes: the flagged target span replaced by the
 * suggestion. Null when there is nothing to apply, or the text changed since the check
 * (the span no longer holds the flagged text).
 */
export function suggestionTextOp(f: Finding, currentTarget: string): TextOp | null {
  if (f.suggestion === undefined || !f.target) return null;
  const { start, end, text } = f.target;
  if (currentTarget.slice(start, end) !== text) return null;
  const after = currentTarget.slice(0, start) + f.suggestion + currentTarget.slice(end);
  if (after === currentTarget) return null;
  return { type: 'text', unitId: Number(f.unitId), side: 'target', before: currentTarget, after, reason: 'apply' };
}

/** "Confirm": the finding becomes an MQM annotation with its category and severity. */
export function confirmAnnotationOp(f: Finding, documentId: number): AnnotationOp {
  const span = f.target ?? f.source;
  const side = f.target ? 'target' : 'source';
  return {
    type: 'annotation',
    before: null,
    after: {
      unitId: Number(f.unitId),
      documentId,
      side,
      start: span?.start ?? 0,
      end: span?.end ?? 0,
      text: span?.text ?? '',
      category: f.mqm,
      severity: toMqmSeverity(f.severity),
      note: f.message,
      findingKey: findingKey(f),
    },
  };
}
