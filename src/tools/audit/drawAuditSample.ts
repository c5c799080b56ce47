import type { Finding } from '../../core/model';
import { seededSample } from '../../core/stats';

/** Findings to draw per check; a check with fewer findings gives all of them. */
export const DEFAULT_QUOTAS: Readonly<Record<string, number>> = {
  'terminology.forbidden': 120,
  'terminology.not-followed': 80,
  'terminology.inconsistent': 60,
  'names.protected': 40,
  'acronym.expansion': 30,
  'punctuation.width': 30,
  'fluency.repetition': 20,
  numbers: 20,
};
/** Quota of a check not listed above. */
export const OTHER_QUOTA = 20;

/**
 * A reproducible audit sample: for each check, a seeded random sample of its findings
 * (`quotas[check]`, else OTHER_QUOTA), drawn with the seed `${seed}:${check}` so that a
 * change in one check's findings does not move the others' samples. Returned in the
 * findings' own order.
 */
export function drawAuditSample(findings: readonly Finding[], seed: string, quotas: Readonly<Record<string, number>> = DEFAULT_QUOTAS): Finding[] {
  const byCheck = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byCheck.get(f.check);
    if (list) list.push(f);
    else byCheck.set(f.check, [f]);
  }
  const picked = new Set<Finding>();
  for (const [check, list] of byCheck) {
    for (const f of seededSample(list, quotas[check] ?? OTHER_QUOTA, `${seed}:${check}`)) picked.add(f);
  }
  return findings.filter((f) => picked.has(f));
}
