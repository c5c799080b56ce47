import { SEVERITY_RANK, type Finding } from '../model/Finding';

/**
 * Order one unit's findings: severity (critical first), then registry order of the check,
 * then target offset (findings without a target span first), then source offset. Exact
 * duplicates (same check, spans, message and suggestion) are dropped. Returns a new array.
 *
 * The sort keys are read once per finding into scratch arrays kept between calls (ordering
 * is synchronous, so one set serves every call; a unit has a handful of findings). The
 * checks mostly hand their findings over already in order: one pass confirms it and the
 * sort is skipped (nine units in ten); otherwise a stable insertion sort, `Array.sort` beyond 32.
 * Duplicates compare equal, so they end up in one equal run and are dropped there, the
 * first one kept.
 */
export function orderFindings(findings: Finding[], rank: Map<string, number>): Finding[] {
  const n = findings.length;
  if (n === 0) return findings;
  if (n === 1) return [findings[0]];
  const rk = rankScratch(n);
  for (let i = 0; i < n; i++) rk[i] = rank.get(findings[i].check) ?? 1e9;
  const out = orderRanked(findings, rk);
  return out === findings ? findings.slice() : out;
}

/**
 * `orderFindings` with each finding's registry rank given (`ranks[i]` for `findings[i]`, no
 * look-up by check id): the engine knows which check made each finding. Returns `findings`
 * itself when it is in order and holds no duplicate (most units), else a new array.
 */
export function orderRanked(findings: Finding[], ranks: ArrayLike<number>): Finding[] {
  const n = findings.length;
  if (n <= 1) return findings;
  if (n > keys.order.length) keys = scratch(Math.max(n, 2 * keys.order.length));
  const k = keys;
  const { sev, rk, ts, ss, order } = k;
  let sorted = true;
  // no two neighbours with equal keys (so no duplicate to look for)
  let distinct = true;
  for (let i = 0; i < n; i++) {
    const f = findings[i];
    sev[i] = severityRank(f.severity);
    rk[i] = ranks[i];
    const t = f.target;
    ts[i] = t ? t.start : -1;
    const s = f.source;
    ss[i] = s ? s.start : -1;
    order[i] = i;
    if (i > 0) {
      const c = cmp(k, i - 1, i);
      if (c > 0) sorted = false;
      else if (c === 0) distinct = false;
    }
  }
  if (sorted && distinct) return findings;
  if (!sorted) {
    if (n <= 32) {
      // stable insertion sort of the indices
      for (let i = 1; i < n; i++) {
        const x = order[i];
        let p = i;
        while (p > 0 && cmp(k, order[p - 1], x) > 0) {
          order[p] = order[p - 1];
          p--;
        }
        order[p] = x;
      }
    } else {
      const idx: number[] = [];
      for (let i = 0; i < n; i++) idx.push(i);
      idx.sort((i, j) => cmp(k, i, j) || i - j);
      for (let i = 0; i < n; i++) order[i] = idx[i];
    }
  }
  const out: Finding[] = [];
  let runStart = 0;
  for (let p = 0; p < n; p++) {
    const i = order[p];
    if (p > 0 && cmp(k, order[p - 1], i) !== 0) {
      runStart = out.length;
      out.push(findings[i]);
      continue;
    }
    let dup = false;
    for (let q = runStart; q < out.length && !dup; q++) dup = same(out[q], findings[i]);
    if (!dup) out.push(findings[i]);
  }
  return out;
}

/** SEVERITY_RANK of a severity (the four literals compared, no keyed look-up). */
function severityRank(s: Finding['severity']): number {
  return s === 'major' ? 2 : s === 'minor' ? 1 : s === 'critical' ? 3 : s === 'info' ? 0 : SEVERITY_RANK[s];
}

/** Ranks for `orderFindings` (reused; grown on need). */
let ranksOf = new Float64Array(64);

function rankScratch(n: number): Float64Array {
  if (n > ranksOf.length) ranksOf = new Float64Array(Math.max(n, 2 * ranksOf.length));
  return ranksOf;
}

interface Keys {
  sev: Int8Array;
  rk: Float64Array;
  ts: Float64Array;
  ss: Float64Array;
  order: Int32Array;
}

function scratch(n: number): Keys {
  return { sev: new Int8Array(n), rk: new Float64Array(n), ts: new Float64Array(n), ss: new Float64Array(n), order: new Int32Array(n) };
}

/** Reused by every call (grown when a unit has more findings). */
let keys: Keys = scratch(64);

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
