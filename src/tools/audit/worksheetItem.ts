import type { Finding } from '../../core/model';
import type { AuditedUnit } from './auditFindings';
import { auditKey } from './auditKey';
import { sentenceAround } from './sentenceAround';

/** One line of a reviewer's worksheet: the finding and its sentences, verdict to fill in. */
export interface WorksheetItem {
  key: string;
  check: string;
  unit: string;
  termId?: string;
  severity: string;
  confidence?: string;
  message: string;
  suggestion?: string;
  /** The target sentence with the flagged span in 【】, or the whole target when no span. */
  target: string;
  /** The source sentence with the span in ⟦⟧, or '' when the finding has no source span. */
  source: string;
  verdict: '';
  reason: '';
}

export function worksheetItem(f: Finding, unit: AuditedUnit): WorksheetItem {
  return {
    key: auditKey(f),
    check: f.check,
    unit: f.unitId,
    ...(f.termId ? { termId: f.termId } : {}),
    severity: f.severity,
    ...(f.confidence ? { confidence: f.confidence } : {}),
    message: f.message,
    ...(f.suggestion ? { suggestion: f.suggestion } : {}),
    target: f.target ? sentenceAround(unit.target, f.target.start, f.target.end, '【', '】') : unit.target,
    source: f.source ? sentenceAround(unit.source, f.source.start, f.source.end, '⟦', '⟧') : '',
    verdict: '',
    reason: '',
  };
}
