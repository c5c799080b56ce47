import type { CheckUnit } from '../../src/core/checks/Check';
import { checkUnit, type EngineContext } from '../../src/core/engine';
import type { Termbase } from '../../src/core/glossary';
import { mulberry32 } from './sentenceBank';

export interface EditMeasure {
  edits: number;
  /** Engine time per re-check on the wall clock (what the reviewer waits for). */
  p50ms: number;
  p95ms: number;
  maxMs: number;
  /** CPU milliseconds per re-check (this process): mean and 95th percentile (what a free core would take). */
  cpuMsPerEdit: number;
  cpuP95ms: number;
}

/**
 * Issue 7 item 4: a reviewer edits one unit and it is checked again. Simulates `edits`
 * corrections with a fixed seed, `perDocument` in a row in one document of `docSize` units
 * (a reviewer works through a document): a unit of it is picked, one of the termbase's
 * renderings is written into its target after the first comma (or at the start), and the
 * edited unit is checked alone with its document (the other units unchanged, a new array
 * as the app would hand over). Times only `checkUnit`.
 */
export function measureEdits(
  units: CheckUnit[], ctx: EngineContext, termbase: Termbase, edits = 2000, docSize = 20, perDocument = 5, seed = 99,
): EditMeasure {
  const rnd = mulberry32(seed);
  const docs: CheckUnit[][] = [];
  for (let d = 0; d < units.length; d += docSize) docs.push(units.slice(d, d + docSize));
  const times = new Float64Array(edits);
  const cpu = new Float64Array(edits);
  let doc: CheckUnit[] = [];
  for (let k = 0; k < edits; k++) {
    if (k % perDocument === 0) doc = docs[Math.floor(rnd() * docs.length)];
    const at = Math.floor(rnd() * doc.length);
    const concept = termbase.concepts[Math.floor(rnd() * termbase.concepts.length)];
    const rendering = concept.zh[Math.floor(rnd() * concept.zh.length)].text;
    const old = doc[at];
    const comma = old.target.indexOf('，');
    const target = comma >= 0 ? `${old.target.slice(0, comma + 1)}${rendering}${old.target.slice(comma + 1)}` : `${rendering}${old.target}`;
    const edited: CheckUnit = { ...old, target };
    doc = doc.slice();
    doc[at] = edited;
    const docCtx: EngineContext = { ...ctx, document: { units: doc } };
    const c0 = process.cpuUsage();
    const s = performance.now();
    checkUnit(edited, docCtx);
    times[k] = performance.now() - s;
    const c = process.cpuUsage(c0);
    cpu[k] = (c.user + c.system) / 1e3;
  }
  const sorted = Array.from(times).sort((a, b) => a - b);
  const cpuSorted = Array.from(cpu).sort((a, b) => a - b);
  const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
  const cpuTotal = cpuSorted.reduce((a, b) => a + b, 0);
  return {
    edits, p50ms: q(sorted, 0.5), p95ms: q(sorted, 0.95), maxMs: sorted[sorted.length - 1] ?? 0,
    cpuMsPerEdit: cpuTotal / Math.max(1, edits), cpuP95ms: q(cpuSorted, 0.95),
  };
}
