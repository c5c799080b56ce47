import type { CheckUnit } from '../checks/Check';
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
  for (const check of ctx.checks) {
    if (!hasTarget && check.id !== 'untranslated') continue;
    if (!hasSource && check.needsSource) continue;
    try {
      const found = check.run(unit, ctx);
      for (let i = 0; i < found.length; i++) out.push(found[i]);
    } catch (e) {
      out.push({
        unitId: unit.id,
        check: check.id,
        severity: 'info',
        mqm: 'Other',
        message: `The ${check.id} check failed on this unit (${e instanceof Error ? e.message : String(e)}); its findings are missing. Please report this.`,
      });
    }
  }
  return orderFindings(out, ctx.rank);
}
