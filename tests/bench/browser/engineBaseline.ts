// The check engine alone in Node on the benchmark's units and termbase: the yardstick for the
// browser's full re-check (which adds IndexedDB reads/writes and the worker around it).
import type { CheckUnit } from '../../../src/core/checks/Check';
import { checkDocument, createCheckContext } from '../../../src/core/engine';
import type { Termbase } from '../../../src/core/glossary';
import type { BenchUnit } from '../generateCorpus';

export interface EngineBaseline {
  units: number;
  findings: number;
  wallMs: number;
  cpuMs: number;
  compileMs: number;
}

/** Checks `corpus` as documents of `perDoc` units with the built-in and `termbase` (compile included). */
export function engineBaseline(corpus: BenchUnit[], termbase: Termbase, perDoc: number): EngineBaseline {
  const units: CheckUnit[] = corpus.map((u) => ({ id: u.id, source: u.source, target: u.target }));
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const ctx = createCheckContext({ termbases: [termbase] });
  let findings = 0;
  for (let i = 0; i < units.length; i += perDoc) findings += checkDocument(units.slice(i, i + perDoc), ctx).length;
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { units: units.length, findings, wallMs, cpuMs: (c.user + c.system) / 1000, compileMs: ctx.compileMs };
}
