import type { Check, CheckUnit } from '../Check';
import type { Finding, MqmCategory, Severity, Span } from '../../model/Finding';

/** A span of `text` from `start` to `end` (UTF-16), carrying the exact text. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

export interface FindingFields {
  target?: Span;
  source?: Span;
  message: string;
  suggestion?: string;
  severity?: Severity;
  mqm?: MqmCategory;
  confidence?: 'certain' | 'suspect';
  termId?: string;
}

/** Build a finding of `check` for `unit`, defaulting severity and MQM to the check's. */
export function makeFinding(
  check: Pick<Check, 'id' | 'mqm' | 'defaultSeverity'>,
  unit: CheckUnit,
  f: FindingFields,
): Finding {
  const out: Finding = {
    unitId: unit.id,
    check: check.id,
    severity: f.severity ?? check.defaultSeverity,
    mqm: f.mqm ?? check.mqm,
    message: f.message,
  };
  if (f.target) out.target = f.target;
  if (f.source) out.source = f.source;
  if (f.suggestion !== undefined) out.suggestion = f.suggestion;
  if (f.confidence) out.confidence = f.confidence;
  if (f.termId) out.termId = f.termId;
  return out;
}
