import type { CheckUnit } from '../../src/core/checks/Check';
import type { EngineContext } from '../../src/core/engine';

/**
 * CPU microseconds per unit spent in each check, in registry order, running the checks of
 * a unit one after the other as the engine does. Shared per-unit work (term matching,
 * sentence split, alignment) is charged to the first check that needs it.
 */
export function measureChecks(units: CheckUnit[], ctx: EngineContext): { id: string; microsPerUnit: number }[] {
  const spent = new Float64Array(ctx.checks.length);
  for (const u0 of units) {
    const u = { ...u0 };
    const docCtx: EngineContext = { ...ctx, document: { units: [u] } };
    const hasSource = u.source.trim() !== '';
    for (let i = 0; i < ctx.checks.length; i++) {
      const c = ctx.checks[i];
      if (!hasSource && c.needsSource) continue;
      const t0 = process.cpuUsage();
      c.run(u, docCtx);
      const d = process.cpuUsage(t0);
      spent[i] += d.user + d.system;
    }
  }
  return ctx.checks.map((c, i) => ({ id: c.id, microsPerUnit: spent[i] / units.length }));
}
