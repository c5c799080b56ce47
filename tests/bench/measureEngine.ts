import type { CheckUnit } from '../../src/core/checks/Check';
import { checkUnit, type EngineContext } from '../../src/core/engine';

export interface EngineMeasure {
  units: number;
  findings: number;
  seconds: number;
  /** CPU time of this process (user + system): what the run costs on a machine shared with others. */
  cpuSeconds: number;
  /** Mean UTF-8 bytes per unit (source + target). */
  bytesPerUnit: number;
  /** Throughput on the wall clock. */
  unitsPerSecond: number;
  megabytesPerSecond: number;
  /** Throughput per CPU second: what one free core does. */
  cpuUnitsPerSecond: number;
  cpuMegabytesPerSecond: number;
  p50ms: number;
  p95ms: number;
  maxMs: number;
}

/**
 * Run the engine over `units` grouped into documents of `docSize` (each document given to
 * the checks as ctx.document, as checkDocument does) and time every unit.
 */
export function measureEngine(units: CheckUnit[], ctx: EngineContext, docSize = 1): EngineMeasure {
  const times = new Float64Array(units.length);
  let bytes = 0;
  const enc = new TextEncoder();
  for (const u of units) bytes += enc.encode(u.source).length + enc.encode(u.target).length;
  let findings = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let d = 0; d < units.length; d += docSize) {
    const doc = units.slice(d, d + docSize);
    const docCtx: EngineContext = { ...ctx, document: { units: doc } };
    for (let i = 0; i < doc.length; i++) {
      const s = performance.now();
      findings += checkUnit(doc[i], docCtx).length;
      times[d + i] = performance.now() - s;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cpuSeconds = (c.user + c.system) / 1e6;
  const sorted = Array.from(times).sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return {
    units: units.length,
    findings,
    seconds,
    cpuSeconds,
    bytesPerUnit: bytes / Math.max(1, units.length),
    unitsPerSecond: units.length / seconds,
    megabytesPerSecond: bytes / 1e6 / seconds,
    cpuUnitsPerSecond: units.length / cpuSeconds,
    cpuMegabytesPerSecond: bytes / 1e6 / cpuSeconds,
    p50ms: q(0.5),
    p95ms: q(0.95),
    maxMs: sorted[sorted.length - 1] ?? 0,
  };
}
