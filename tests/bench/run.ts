/**
 * `npm run bench`: the checks engine over real and generated corpora, and pofilter on the
 * same real pairs. Prints a table; targets: 100,000 units < 10 s on one core, ≥ 40× pofilter.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { checkUnit, createCheckContext } from '../../src/core/engine';
import { builtinTermbase } from '../../src/core/glossary';
import { generateCorpus, generateTermbase, type BenchUnit } from './generateCorpus';
import { measureChecks } from './measureChecks';
import { measureNewText, type NewTextMeasure } from './measureNewText';
import { measureEdits } from './measureEdits';
import { measureEngine, type EngineMeasure } from './measureEngine';
import { runCliCheck } from './runCliCheck';
import { runPofilter } from './runPofilter';

// DUIZHAO_ROOT: set by tests/bench/bundled.ts (the bundle lives in node_modules/.cache)
const ROOT = process.env.DUIZHAO_ROOT ?? join(import.meta.dirname ?? __dirname, '..', '..');
const REAL = join(ROOT, '..', 'shared', 'data', 'arxiv-adv-tencentmt', 'pairs-2021-2023.jsonl');
const GENERATED_UNITS = Number(process.env.BENCH_UNITS ?? 100_000);

function row(name: string, m: EngineMeasure, compileMs: number): string {
  return [
    name.padEnd(52),
    String(m.units).padStart(7),
    Math.round(m.bytesPerUnit).toString().padStart(6),
    m.seconds.toFixed(2).padStart(7),
    m.cpuSeconds.toFixed(2).padStart(7),
    Math.round(m.cpuUnitsPerSecond).toLocaleString('en-US').padStart(11),
    m.cpuMegabytesPerSecond.toFixed(2).padStart(8),
    Math.round(m.unitsPerSecond).toLocaleString('en-US').padStart(9),
    m.p95ms.toFixed(3).padStart(8),
    compileMs.toFixed(0).padStart(7),
    String(m.findings).padStart(9),
  ].join(' ');
}

async function main(): Promise<void> {
  console.log(`duizhao bench — Node ${process.version}, one core (single thread)\n`);
  const header = ['corpus / termbase'.padEnd(52), 'units'.padStart(7), 'B/unit'.padStart(6), 'wall s'.padStart(7), 'cpu s'.padStart(7), 'units/cpu-s'.padStart(11), 'MB/cpu-s'.padStart(8), 'units/s'.padStart(9), 'p95 ms'.padStart(8), 'tb ms'.padStart(7), 'findings'.padStart(9)].join(' ');
  const lines: string[] = [];
  // Warm-up: loads lazy tables (OpenCC) and JIT-compiles the checks outside the timings.
  const builtinCtx = createCheckContext();
  measureEngine(generateCorpus(200, 1), builtinCtx);

  const t0 = performance.now();
  const big = generateTermbase(10_000);
  const genMs = performance.now() - t0;
  const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1e3;
  // "Ready" = compile + the first check of one unit: parts of the glossary (the English term
  // index) are built on first use, and a user waits for both before the first findings.
  const firstUnit = { id: 'first', source: 'We train a policy with a graph neural network.', target: '我们用图神经网络训练策略。' };
  const compileAndFirst = (opts: Parameters<typeof createCheckContext>[0]) => {
    let c = process.cpuUsage();
    const w0 = performance.now();
    const ctx = createCheckContext(opts);
    const compile = cpuMs(process.cpuUsage(c));
    c = process.cpuUsage();
    checkUnit({ ...firstUnit }, { ...ctx, document: { units: [] } });
    const first = cpuMs(process.cpuUsage(c));
    return { ctx, compile, ready: compile + first, wall: performance.now() - w0 };
  };
  const bigRun = compileAndFirst({ termbases: [big] });
  const bigCtx = bigRun.ctx;
  const onlyBig = compileAndFirst({ termbases: [big], builtin: false });
  console.log(`built-in termbase: ${builtinTermbase().concepts.length} concepts, compiled in ${builtinCtx.compileMs.toFixed(1)} ms`);
  console.log(
    `generated termbase: 10,000 concepts (generated in ${genMs.toFixed(0)} ms). With the built-in, first time in this process: compile ${bigRun.compile.toFixed(0)} ms CPU, ready to check (compile + first unit, which builds the English term index) ${bigRun.ready.toFixed(0)} ms CPU / ${bigRun.wall.toFixed(0)} ms wall. Alone: compile ${onlyBig.compile.toFixed(0)} ms, ready ${onlyBig.ready.toFixed(0)} ms CPU`,
  );
  console.log(
    `target 10,000-entry termbase built in ≤ 200 ms: compile alone ${bigRun.compile <= 200 ? 'met' : 'NOT met'}; ready to check ${bigRun.ready <= 200 ? 'met' : 'NOT met'} with the built-in, ${onlyBig.ready <= 200 ? 'met' : 'NOT met'} alone\n`,
  );

  let real: BenchUnit[] | null = null;
  let realMeasure: EngineMeasure | null = null;
  let realWarm: EngineMeasure | null = null;
  if (existsSync(REAL)) {
    real = readFileSync(REAL, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const o = JSON.parse(l) as { id: string; source: string; target: string };
        return { id: o.id, source: o.source, target: o.target };
      });
    realMeasure = measureEngine(real, builtinCtx);
    lines.push(row('real pairs (arxiv-adv-tencentmt), built-in, first pass', realMeasure, builtinCtx.compileMs));
    // Steady state: the same pairs again as new unit objects (nothing cached per unit or per
    // text; only the word → stem table learnt in the first pass stays, as in any long run).
    // Three more passes, the median by CPU time is reported (GC and a shared machine move
    // single passes by ±30%).
    const passes = [0, 1, 2].map(() => measureEngine(real!.map((u) => ({ ...u })), builtinCtx));
    passes.sort((a, b) => a.cpuSeconds - b.cpuSeconds);
    realWarm = passes[1];
    lines.push(row('real pairs, built-in, steady state (median of 3 passes)', realWarm, builtinCtx.compileMs));
    lines.push(row('real pairs, built-in + generated 10k', measureEngine(real.map((u) => ({ ...u })), bigCtx), bigCtx.compileMs));
  } else {
    console.log(`real pairs: ../shared/data/arxiv-adv-tencentmt/pairs-2021-2023.jsonl not present, skipping (and skipping pofilter)\n`);
  }
  const corpus = generateCorpus(GENERATED_UNITS);
  const gen = measureEngine(corpus, builtinCtx, 20);
  lines.push(row(`generated ${GENERATED_UNITS.toLocaleString('en-US')} units, built-in`, gen, builtinCtx.compileMs));
  const withTerms = generateCorpus(GENERATED_UNITS, 2026, 1, 4, big);
  const genBig = measureEngine(withTerms, bigCtx, 20);
  lines.push(row(`generated ${GENERATED_UNITS.toLocaleString('en-US')} units (+ its terms), built-in + 10k`, genBig, bigCtx.compileMs));
  const edits = measureEdits(withTerms, bigCtx, big);
  console.log(header);
  for (const l of lines) console.log(l);
  console.log('');
  const within = Math.max(gen.seconds, genBig.seconds);
  const withinCpu = Math.max(gen.cpuSeconds, genBig.cpuSeconds);
  console.log(`load average now: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores (wall times suffer when the machine is shared; cpu s is this process only)`);
  console.log(`worst generated run: ${within.toFixed(2)} s wall, ${withinCpu.toFixed(2)} s CPU`);
  console.log(
    `target 100,000 units < 10 s on one core: ${GENERATED_UNITS >= 100_000 ? `${withinCpu < 10 ? 'met' : 'NOT met'} in CPU time (${withinCpu.toFixed(2)} s), ${within < 10 ? 'met' : 'not met'} on the wall clock (${within.toFixed(2)} s)` : `not measured (BENCH_UNITS=${GENERATED_UNITS})`}`,
  );

  console.log(
    `re-checking one edited unit (built-in + 10k termbase, documents of 20 units, 5 edits per document, ${edits.edits.toLocaleString('en-US')} edits): p50 ${edits.p50ms.toFixed(2)} ms, p95 ${edits.p95ms.toFixed(2)} ms, max ${edits.maxMs.toFixed(1)} ms wall; CPU ${edits.cpuMsPerEdit.toFixed(2)} ms mean, p95 ${edits.cpuP95ms.toFixed(2)} ms (target p95 ≤ 5 ms: ${edits.cpuP95ms <= 5 ? 'met' : 'NOT met'} in CPU time, ${edits.p95ms <= 5 ? 'met' : 'not met'} on the wall clock)`,
  );

  if (real) {
    const perCheck = measureChecks(real, builtinCtx);
    const total = perCheck.reduce((n, c) => n + c.microsPerUnit, 0);
    console.log(`\nCPU µs per real abstract, by check (shared work — term matching, sentence split/alignment — counts for the first check that needs it):`);
    for (const c of perCheck) console.log(`  ${c.id.padEnd(26)} ${c.microsPerUnit.toFixed(0).padStart(6)}  ${((100 * c.microsPerUnit) / total).toFixed(0).padStart(3)}%`);
    console.log('');
  }
  if (real && realMeasure) {
    // pofilter three times, each run after two steady passes of duizhao over the same pairs:
    // both are measured in the same stretches of time (a shared 2-core VM here ran the same
    // loop 1.6× slower for minutes at a time), and the best of each is compared.
    // Each turn also times text the engine has not seen (measureNewText: a fresh context warmed
    // on the other half of the pairs).
    const paired: EngineMeasure[] = [];
    const fresh: NewTextMeasure[] = [];
    const po = runPofilter(real, {
      runs: 3,
      before: () => {
        for (let i = 0; i < 2; i++) paired.push(measureEngine(real!.map((u) => ({ ...u })), builtinCtx));
        fresh.push(measureNewText(real!, () => createCheckContext()));
      },
    });
    if (!po) console.log('pofilter: not installed (Debian: apt-get install translate-toolkit), skipping the comparison');
    else {
      const ratio = realMeasure.unitsPerSecond / po.unitsPerSecond;
      console.log(`pofilter (${po.version}, default tests) on the same ${real.length} real pairs: ${po.seconds.toFixed(2)} s, ${po.unitsPerSecond.toFixed(0)} units/s`);
      console.log(`duizhao / pofilter throughput ratio, wall clock: ${ratio.toFixed(1)}×`);
      if (po.cpuSeconds) {
        const cpuRatio = po.cpuSeconds / realMeasure.cpuSeconds;
        console.log(
          `duizhao / pofilter, CPU time, both cold (duizhao's first pass incl. JIT warm-up, ${realMeasure.cpuSeconds.toFixed(2)} s, vs pofilter's whole run incl. start-up, ${po.cpuSeconds.toFixed(2)} s): ${cpuRatio.toFixed(1)}×`,
        );
      }
      if (po.cpuSeconds) {
        const cli = runCliCheck(ROOT, real);
        console.log(
          `end to end, as a pipeline runs them (start-up, reading the file, writing the report; best of 3): \`duizhao check pairs.jsonl --format json\` (${cli.path === 'bundle' ? 'the prebuilt CLI' : 'the sources through tsx: run `npm run build:cli` for the prebuilt CLI'}) ${cli.cpuSeconds.toFixed(2)} s CPU, ${cli.seconds.toFixed(2)} s wall (start-up on a one-unit file ${cli.startupCpuSeconds.toFixed(2)} s CPU); pofilter ${po.cpuSeconds.toFixed(2)} s CPU, ${po.seconds.toFixed(2)} s wall: ${(po.cpuSeconds / cli.cpuSeconds).toFixed(1)}× per CPU second, ${(po.seconds / cli.seconds).toFixed(1)}× on the wall clock`,
        );
      }
      if (po.startupCpuSeconds !== null && paired.length) {
        const median = (xs: number[]) => {
          const a = [...xs].sort((x, y) => x - y);
          return a.length % 2 ? a[a.length >> 1] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
        };
        const bestPo = Math.min(...po.runCpuSeconds) - po.startupCpuSeconds;
        const bestDz = Math.min(...paired.map((m) => m.cpuSeconds));
        const medPo = median(po.runCpuSeconds) - po.startupCpuSeconds;
        const medDz = median(paired.map((m) => m.cpuSeconds));
        console.log(
          `duizhao / pofilter, steady, measured in turns (pofilter 3 runs, each after 2 duizhao passes, CPU): duizhao ${((1e6 * bestDz) / real.length).toFixed(0)} µs/unit (passes ${paired.map((m) => ((1e6 * m.cpuSeconds) / real!.length).toFixed(0)).join(', ')}), pofilter ${((1e6 * bestPo) / real.length).toFixed(0)} µs/unit without start-up (runs ${po.runCpuSeconds.map((c) => ((1e6 * (c - po.startupCpuSeconds!)) / real!.length).toFixed(0)).join(', ')}): ${(bestPo / bestDz).toFixed(1)}× best against best, ${(medPo / medDz).toFixed(1)}× median against median (target ≥ 40×: ${bestPo / bestDz >= 40 ? 'met' : 'NOT met'})`,
        );
        if (fresh.length) {
          const us = fresh.map((m) => m.microsPerUnit);
          const bestNew = Math.min(...us);
          const medNew = median(us);
          console.log(
            `duizhao / pofilter on NEW text, in the same turns (the JIT and the termbase warm, the text unseen: each half of the pairs checked once by a fresh context after two passes over the other half; what an open app pays for a newly imported corpus): duizhao ${bestNew.toFixed(0)} µs/unit (turns ${us.map((x) => x.toFixed(0)).join(', ')}; ${(bestNew / ((1e6 * bestDz) / real.length)).toFixed(1)}× its steady cost), pofilter ${((1e6 * bestPo) / real.length).toFixed(0)} µs/unit: ${((1e6 * bestPo) / real.length / bestNew).toFixed(1)}× best against best, ${((1e6 * medPo) / real.length / medNew).toFixed(1)}× median against median`,
          );
        }
      }
      if (po.netCpuUnitsPerSecond && realWarm) {
        const steady = realWarm.cpuUnitsPerSecond / po.netCpuUnitsPerSecond;
        console.log(
          `duizhao / pofilter, steady throughput per CPU second (duizhao's steady state ${Math.round(realWarm.cpuUnitsPerSecond).toLocaleString('en-US')} units/s, ${(1e6 / realWarm.cpuUnitsPerSecond).toFixed(0)} µs/unit; pofilter without its ${po.startupCpuSeconds!.toFixed(2)} s start-up ${Math.round(po.netCpuUnitsPerSecond).toLocaleString('en-US')} units/s, ${(1e6 / po.netCpuUnitsPerSecond).toFixed(0)} µs/unit): ${steady.toFixed(1)}× (target ≥ 40×: ${steady >= 40 ? 'met' : 'NOT met'})`,
        );
      }
    }
  }
}

await main();
