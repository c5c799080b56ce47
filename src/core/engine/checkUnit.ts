import type { Check, CheckUnit } from '../checks/Check';
import type { Finding } from '../model/Finding';
import type { EngineContext } from './createCheckContext';
import { orderFindings } from './orderFindings';

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
  const { runs, ids, needsSource, untranslated } = planOf(ctx.checks);
  for (let i = 0; i < runs.length; i++) {
    if (!hasTarget && !untranslated[i]) continue;
    if (!hasSource && needsSource[i]) continue;
    try {
      const found = runs[i](unit, ctx);
      for (let k = 0; k < found.length; k++) out.push(found[k]);
    } catch (e) {
      out.push({
        unitId: unit.id,
        check: ids[i],
        severity: 'info',
        mqm: 'Other',
        message: `The ${ids[i]} check failed on this unit (${e instanceof Error ? e.message : String(e)}); its findings are missing. Please report this.`,
      });
    }
  }
  return orderFindings(out, ctx.rank);
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
