import type { Check, CheckUnit } from '../checks/Check';
import type { Finding } from '../model/Finding';
import type { EngineContext } from './createCheckContext';
import { orderRanked } from './orderFindings';

/**
 * Check one unit with every check of the context. Target-only mode (empty source) skips
 * checks marked `needsSource`; an empty target runs `untranslated` alone, which reports
 * "translation missing" once. A check that throws becomes an `info` finding naming it,
 * so one bug never hides the other checks' results.
 *
 * Pass the same CheckUnit object to all checks of a unit: per-unit analyses (sentence
 * split, alignment) are cached on it.
 */
export function checkUnit(unit: CheckUnit, ctx: EngineContext): Finding[] {
  const hasSource = unit.source.trim() !== '';
  const hasTarget = unit.target.trim() !== '';
  if (!hasSource && !hasTarget) return [];
  const out: Finding[] = [];
  const plan = planOf(ctx.checks);
  const { runs, ids, needsSource, untranslated } = plan;
  const rank = ctx.rank;
  if (plan.rankedBy !== rank) rankPlan(plan, rank);
  const checkRanks = plan.ranks;
  // each finding's registry rank, from the check that made it (its own id: no look-up)
  let ranks: Float64Array = findingRanks;
  for (let i = 0; i < runs.length; i++) {
    if (!hasTarget && !untranslated[i]) continue;
    if (!hasSource && needsSource[i]) continue;
    try {
      const found = runs[i](unit, ctx);
      if (out.length + found.length > ranks.length) ranks = findingRanks = grown(ranks, out.length + found.length);
      const id = ids[i];
      for (let k = 0; k < found.length; k++) {
        const f = found[k];
        ranks[out.length] = f.check === id ? checkRanks[i] : (rank.get(f.check) ?? 1e9);
        out.push(f);
      }
    } catch (e) {
      if (out.length + 1 > ranks.length) ranks = findingRanks = grown(ranks, out.length + 1);
      ranks[out.length] = checkRanks[i];
      out.push({
        unitId: unit.id,
        check: ids[i],
        severity: 'info',
        mqm: 'Other',
        message: `The ${ids[i]} check failed on this unit (${e instanceof Error ? e.message : String(e)}); its findings are missing. Please report this.`,
      });
    }
  }
  return orderRanked(out, ranks);
}

/** Registry ranks of the findings of the unit being checked (reused; checks run synchronously). */
let findingRanks: Float64Array = new Float64Array(64);

function grown(a: Float64Array, n: number): Float64Array {
  const b = new Float64Array(Math.max(n, 2 * a.length));
  b.set(a);
  return b;
}

/** The plan's checks' ranks in `rank` (kept with the map they were read from). */
function rankPlan(plan: Plan, rank: Map<string, number>): void {
  plan.ranks = plan.ids.map((id) => rank.get(id) ?? 1e9);
  plan.rankedBy = rank;
}

/**
 * A check list read once into parallel arrays: the check objects are literals of a dozen
 * shapes, so reading `run`, `needsSource` and `id` from each at every unit was three
 * megamorphic property loads per check (about 1 µs a unit for fifteen checks). Checks are
 * data (see ARCHITECTURE): their fields are not changed once registered. The plan is made
 * again when the list is another array or its elements changed.
 */
interface Plan {
  checks: Check[];
  runs: Check['run'][];
  ids: string[];
  needsSource: boolean[];
  untranslated: boolean[];
  /** Each check's registry rank in the map `rankedBy` (the context's `rank`). */
  ranks: number[];
  rankedBy: Map<string, number> | undefined;
}

let last: Plan | undefined;
const plans = new WeakMap<Check[], Plan>();

function planOf(checks: Check[]): Plan {
  let p = last;
  if (p === undefined || !sameList(p.checks, checks)) {
    p = plans.get(checks);
    if (p === undefined || !sameList(p.checks, checks)) {
      p = {
        checks: checks.slice(),
        runs: checks.map((c) => c.run),
        ids: checks.map((c) => c.id),
        needsSource: checks.map((c) => !!c.needsSource),
        untranslated: checks.map((c) => c.id === 'untranslated'),
        ranks: [],
        rankedBy: undefined,
      };
      plans.set(checks, p);
    }
    last = p;
  }
  return p;
}

/** The same check objects in the same order (`kept` is the plan's copy of the list). */
function sameList(kept: Check[], checks: Check[]): boolean {
  if (kept.length !== checks.length) return false;
  for (let i = 0; i < kept.length; i++) if (kept[i] !== checks[i]) return false;
  return true;
}
