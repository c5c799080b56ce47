import { SEVERITY_RANK, type Finding } from '../model/Finding';

/**
 * Order one unit's findings: severity (critical first), then registry order of the check,
 * then target offset (findings without a target span first), then source offset. Exact
 * duplicates (same check, spans, message and suggestion) are dropped. Returns a new array.
 *
 * The sort keys are read once per finding and the order found by a stable insertion sort
 * (a unit has a handful of findings, often already in order); duplicates compare equal, so
 * they end up next to each other's equal run and are dropped there, the first one kept.
 */
export function orderFindings(findings: Finding[], rank: Map<string, number>): Finding[] {
  const n = findings.length;
  if (n === 0) return findings;
  if (n === 1) return [findings[0]];
  const sev = new Int8Array(n);
  const rk = new Float64Array(n);
  const ts = new Float64Array(n);
  const ss = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const f = findings[i];
    sev[i] = SEVERITY_RANK[f.severity];
    rk[i] = rank.get(f.check) ?? 1e9;
    ts[i] = f.target?.start ?? -1;
    ss[i] = f.source?.start ?? -1;
  }
  const k: Keys = { sev, rk, ts, ss };
  const order: number[] = [];
  if (n <= 32) {
    for (let i = 0; i < n; i++) {
      let p = i;
      while (p > 0 && cmp(k, order[p - 1], i) > 0) p--;
      order.splice(p, 0, i);
    }
  } else {
    for (let i = 0; i < n; i++) order.push(i);
    order.sort((i, j) => cmp(k, i, j) || i - j);
  }
  const out: Finding[] = [];
  let runStart = 0;
  for (let p = 0; p < n; p++) {
    const i = order[p];
    if (p > 0 && cmp(k, order[p - 1], i) !== 0) runStart = out.length;
    let dup = false;
    for (let q = runStart; q < out.length && !dup; q++) dup = same(out[q], findings[i]);
    if (!dup) out.push(findings[i]);
  }
  return out;
}

interface Keys {
  sev: Int8Array;
  rk: Float64Array;
  ts: Float64Array;
  ss: Float64Array;
}

/** < 0: finding i goes before finding j. */
function cmp(k: Keys, i: number, j: number): number {
  return k.sev[j] - k.sev[i] || k.rk[i] - k.rk[j] || k.ts[i] - k.ts[j] || k.ss[i] - k.ss[j];
}

/** Same check, severity, spans, message and suggestion. */
function same(a: Finding, b: Finding): boolean {
  return (
    a.check === b.check && a.severity === b.severity && a.message === b.message &&
    (a.suggestion ?? '') === (b.suggestion ?? '') &&
    (a.target?.start ?? '') === (b.target?.start ?? '') && (a.target?.end ?? '') === (b.target?.end ?? '') &&
    (a.source?.start ?? '') === (b.source?.start ?? '') && (a.source?.end ?? '') === (b.source?.end ?? '')
  );
}
