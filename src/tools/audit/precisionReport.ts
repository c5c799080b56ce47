import type { Finding } from '../../core/model';
import { wilsonInterval } from '../../core/stats';
import type { AuditFile, AuditItem } from './AuditFile';
import { auditKey } from './auditKey';

export interface CheckPrecision {
  check: string;
  population: number;
  audited: number;
  tp: number;
  fp: number;
  unsure: number;
  /** tp / (tp + fp) with the 95% Wilson interval. */
  precision: number;
  low: number;
  high: number;
}

export interface PrecisionReport {
  checks: CheckPrecision[];
  all: CheckPrecision;
  /** Audited false positives the engine still reports. */
  fpStill: AuditItem[];
  /** Audited false positives it no longer reports. */
  fpGone: AuditItem[];
  /** Audited true positives it no longer reports (regressions). */
  tpLost: AuditItem[];
}

function precisionOf(check: string, population: number, items: AuditItem[]): CheckPrecision {
  const tp = items.filter((i) => i.verdict === 'tp').length;
  const fp = items.filter((i) => i.verdict === 'fp').length;
  const w = wilsonInterval(fp, tp + fp);
  return {
    check,
    population,
    audited: items.length,
    tp,
    fp,
    unsure: items.length - tp - fp,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    low: 1 - w.upper,
    high: 1 - w.lower,
  };
}

/**
 * Precision per check from an audit (as sampled: the verdicts estimate the precision of the
 * engine the sample was drawn from), and how today's findings (`current`) treat the audited
 * items: false positives still reported or gone, true positives lost.
 */
export function precisionReport(audit: AuditFile, current: readonly Finding[]): PrecisionReport {
  const byCheck = new Map<string, AuditItem[]>();
  for (const i of audit.items) {
    const list = byCheck.get(i.check);
    if (list) list.push(i);
    else byCheck.set(i.check, [i]);
  }
  const checks = [...byCheck].map(([check, items]) => precisionOf(check, audit.population[check] ?? 0, items));
  checks.sort((a, b) => b.population - a.population);
  // the whole engine: each check's precision weighted by its population
  const total = checks.reduce((s, c) => s + c.population, 0);
  const all = precisionOf('all', total, audit.items);
  if (total > 0) {
    // weighted by population; the bounds are the weighted bounds (wider than the exact interval)
    all.precision = checks.reduce((s, c) => s + c.precision * c.population, 0) / total;
    all.low = checks.reduce((s, c) => s + c.low * c.population, 0) / total;
    all.high = checks.reduce((s, c) => s + c.high * c.population, 0) / total;
  }
  const now = new Set(current.map(auditKey));
  const reported = (i: AuditItem) => now.has(i.now ?? i.key);
  const fp = audit.items.filter((i) => i.verdict === 'fp');
  return {
    checks,
    all,
    fpStill: fp.filter(reported),
    fpGone: fp.filter((i) => !reported(i)),
    tpLost: audit.items.filter((i) => i.verdict === 'tp' && !reported(i)),
  };
}
