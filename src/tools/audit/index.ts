export type { AuditFile, AuditItem, Verdict } from './AuditFile';
export { auditFindings, type AuditRun, type AuditedUnit } from './auditFindings';
export { auditKey } from './auditKey';
export { drawAuditSample, DEFAULT_QUOTAS, OTHER_QUOTA } from './drawAuditSample';
export { precisionReport, type CheckPrecision, type PrecisionReport } from './precisionReport';
export { sentenceAround } from './sentenceAround';
export { worksheetItem, type WorksheetItem } from './worksheetItem';
