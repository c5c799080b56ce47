import type { MqmSeverity } from './MQM_SEVERITIES';
import { mqmWeight, resolveMqmConfig, type MqmConfig } from './MqmConfig';
import { mqmTopCategory } from './mqmTopCategory';

/** What scoring needs of an annotation (confirmed finding or manual "Mark error"). */
export interface MqmAnnotationInput {
  severity: MqmSeverity;
  /** MQM category id, `Parent/Child` (see MQM_CATEGORIES); free text is scored by severity. */
  category: string;
}

export interface MqmScore {
  /** Absolute penalty total: Σ weights. */
  apt: number;
  sourceWordCount: number;
  /** APT per 1,000 source words; null when there are no source words. */
  penaltyPer1000: number | null;
  /** 100 × (1 − APT / words); may go below 0. Null when there are no source words. */
  qualityScore: number | null;
  passThreshold: number;
  pass: boolean;
  /** Why it failed, one sentence each (empty when it passed). */
  failReasons: string[];
  /** Number of annotations per severity. */
  counts: Record<MqmSeverity, number>;
  /** Count and penalty per top-level category (`Accuracy/Omission` → `Accuracy`, see `mqmTopCategory`). */
  byCategory: Record<string, { count: number; penalty: number }>;
}

/** MQM score of one document (or any set of annotations over `sourceWordCount` words). */
export function scoreMqm(annotations: readonly MqmAnnotationInput[], sourceWordCount: number, config?: MqmConfig): MqmScore {
  const cfg = resolveMqmConfig(config);
  const counts: Record<MqmSeverity, number> = { neutral: 0, minor: 0, major: 0, critical: 0 };
  const byCategory: Record<string, { count: number; penalty: number }> = {};
  let apt = 0;
  for (const a of annotations) {
    const w = mqmWeight(a.category, a.severity, cfg);
    apt += w;
    counts[a.severity] += 1;
    const top = mqmTopCategory(a.category);
    const c = (byCategory[top] ??= { count: 0, penalty: 0 });
    c.count += 1;
    c.penalty += w;
  }
  // Avoid 0.30000000000000004 from summing 0.1 weights.
  apt = roundTo(apt, 6);
  for (const c of Object.values(byCategory)) c.penalty = roundTo(c.penalty, 6);
  return finishScore(apt, sourceWordCount, counts, byCategory, cfg.passThreshold, cfg.criticalFails);
}

/** Shared by scoreMqm and scoreMqmProject: normalisation and the pass/fail verdict. */
export function finishScore(
  apt: number,
  sourceWordCount: number,
  counts: Record<MqmSeverity, number>,
  byCategory: Record<string, { count: number; penalty: number }>,
  passThreshold: number,
  criticalFails: boolean,
): MqmScore {
  const words = Math.max(0, sourceWordCount);
  const penaltyPer1000 = words > 0 ? (apt * 1000) / words : null;
  const qualityScore = words > 0 ? 100 * (1 - apt / words) : null;
  const failReasons: string[] = [];
  if (criticalFails && counts.critical > 0) {
    failReasons.push(`${counts.critical} critical error${counts.critical === 1 ? '' : 's'}: any critical error fails.`);
  }
  if (qualityScore !== null && qualityScore < passThreshold) {
    failReasons.push(`Quality score ${qualityScore.toFixed(1)} is below the pass threshold ${passThreshold}.`);
  }
  if (qualityScore === null && apt > 0) {
    failReasons.push('Errors were marked but the source has no words to normalise by: add the source text.');
  }
  return {
    apt,
    sourceWordCount: words,
    penaltyPer1000,
    qualityScore,
    passThreshold,
    pass: failReasons.length === 0,
    failReasons,
    counts,
    byCategory,
  };
}

function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
