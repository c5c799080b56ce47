import type { Finding } from '../../core/model';

/**
 * A finding's key in an audit: check, unit and the offsets of its spans, without their
 * text (the audited data is third-party and stays out of the repo; offsets into a fixed
 * file name the same text). `check|unit|t12-14|s30-35`, with `-` for a missing span.
 */
export function auditKey(f: Pick<Finding, 'check' | 'unitId' | 'target' | 'source'>): string {
  const t = f.target ? `t${f.target.start}-${f.target.end}` : '-';
  const s = f.source ? `s${f.source.start}-${f.source.end}` : '-';
  return `${f.check}|${f.unitId}|${t}|${s}`;
}
