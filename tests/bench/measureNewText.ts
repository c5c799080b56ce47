import type { CheckUnit } from '../../src/core/checks/Check';
import type { EngineContext } from '../../src/core/engine';
import { measureEngine } from './measureEngine';

export interface NewTextMeasure {
  /** CPU µs per unit of the first pass over text the engine has not seen. */
  microsPerUnit: number;
  /** The same for each half: [odd units after the even ones, even units after the odd ones]. */
  halves: [number, number];
}

/**
 * The engine's cost on text it has not seen, with the JIT and the termbase warm: what a
 * long-running app or worker pays for a newly imported corpus. For each half of the units (odd
 * indices, then even), a fresh context (its per-termbase caches empty) checks the other half
 * twice, then this half once, timed. The steady-state passes of `measureEngine` re-check text
 * whose words every cache already holds; this does not.
 */
export function measureNewText(units: CheckUnit[], makeContext: () => EngineContext): NewTextMeasure {
  const even = units.filter((_, i) => i % 2 === 0);
  const odd = units.filter((_, i) => i % 2 === 1);
  const copy = (us: CheckUnit[]) => us.map((u) => ({ ...u }));
  const halves: number[] = [];
  let cpu = 0;
  for (const [warm, fresh] of [[even, odd], [odd, even]]) {
    const ctx = makeContext();
    for (let p = 0; p < 2; p++) measureEngine(copy(warm), ctx);
    const m = measureEngine(copy(fresh), ctx);
    cpu += m.cpuSeconds;
    halves.push((1e6 * m.cpuSeconds) / Math.max(1, fresh.length));
  }
  return { microsPerUnit: (1e6 * cpu) / Math.max(1, units.length), halves: [halves[0], halves[1]] };
}
