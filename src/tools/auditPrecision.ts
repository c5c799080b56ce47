/**
 * Audit the precision of duizhao's findings on real machine translation.
 *
 *   npm run audit -- sample --out DIR [--seed S] [--data FILE] [--quota CHECK=N]...
 *       draws a reproducible sample of findings per check (src/tools/audit/drawAuditSample;
 *       --quota overrides a check's quota, 0 leaves it out: a second audit of changed checks)
 *       and writes DIR/worksheet.jsonl (each finding with its sentences, a verdict to fill
 *       in: tp, fp or unsure, and a reason) and DIR/units.jsonl (the sampled units whole).
 *       DIR holds third-party text: keep it out of the repo.
 *   npm run audit -- report AUDIT.json [--data FILE]
 *       precision per check (95% Wilson interval) from an audit file, and how the engine
 *       of today treats the audited findings: false positives still reported or gone,
 *       true positives lost.
 *
 * The default data is ../shared/data/arxiv-adv-tencentmt/pairs-2021-2023.jsonl (third-party,
 * not in the repo).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditFindings, DEFAULT_QUOTAS, drawAuditSample, precisionReport, worksheetItem, type AuditFile, type CheckPrecision } from './audit';

const DEFAULT_DATA = fileURLToPath(new URL('../../../shared/data/arxiv-adv-tencentmt/pairs-2021-2023.jsonl', import.meta.url));
const USAGE = 'usage: audit sample --out DIR [--seed S] [--data FILE] [--quota CHECK=N]... | audit report AUDIT.json [--data FILE]';

/** --quota CHECK=N options over the default quotas (N = 0 leaves the check out). */
function quotas(argv: string[]): Record<string, number> {
  const q: Record<string, number> = { ...DEFAULT_QUOTAS };
  argv.forEach((a, i) => {
    if (a !== '--quota') return;
    const m = /^([a-z.-]+)=(\d+)$/.exec(argv[i + 1] ?? '');
    if (!m) throw new Error(`--quota needs CHECK=N (e.g. terminology.forbidden=80), got "${argv[i + 1] ?? ''}". ${USAGE}`);
    q[m[1]] = Number(m[2]);
  });
  return q;
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i === -1) return undefined;
  const v = argv[i + 1];
  if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value. ${USAGE}`);
  return v;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function row(c: CheckPrecision): string {
  return `${c.check.padEnd(26)} ${String(c.population).padStart(6)} ${String(c.audited).padStart(5)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.unsure).padStart(4)}  ${pct(c.precision).padStart(6)}  [${pct(c.low)}, ${pct(c.high)}]`;
}

/** Run with command-line arguments; returns an exit code (0 ok, 2 bad usage or data). */
export function auditPrecision(argv: string[], out: (line: string) => void, err: (line: string) => void): number {
  try {
    const [cmd, ...rest] = argv;
    const data = option(rest, '--data') ?? DEFAULT_DATA;
    if (cmd === 'sample') {
      const dir = option(rest, '--out');
      if (!dir) throw new Error(`sample needs --out DIR. ${USAGE}`);
      const seed = option(rest, '--seed') ?? 'audit-1';
      const q = quotas(rest);
      const run = auditFindings(data);
      const sample = drawAuditSample(run.findings, seed, q);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'worksheet.jsonl'), sample.map((f) => JSON.stringify(worksheetItem(f, run.units.get(f.unitId)!))).join('\n') + '\n');
      const ids = [...new Set(sample.map((f) => f.unitId))];
      writeFileSync(join(dir, 'units.jsonl'), ids.map((id) => JSON.stringify(run.units.get(id))).join('\n') + '\n');
      const population: Record<string, number> = {};
      for (const f of run.findings) population[f.check] = (population[f.check] ?? 0) + 1;
      writeFileSync(join(dir, 'population.json'), JSON.stringify(population, null, 1) + '\n');
      out(`${sample.length} of ${run.findings.length} findings on ${run.units.size} units sampled (seed ${seed}) into ${dir}/worksheet.jsonl`);
      return 0;
    }
    if (cmd === 'report') {
      const file = rest.find((a, i) => !a.startsWith('--') && !(i > 0 && rest[i - 1] === '--data'));
      if (!file) throw new Error(`report needs an audit file. ${USAGE}`);
      const audit = JSON.parse(readFileSync(file, 'utf8')) as AuditFile;
      const report = precisionReport(audit, auditFindings(data).findings);
      out(`Audit of ${audit.data} at ${audit.commit} (${audit.date}, seed ${audit.seed}, ${audit.reviewer}): precision per check, 95% Wilson interval`);
      out(`${'check'.padEnd(26)} ${'found'.padStart(6)} ${'audit'.padStart(5)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'?'.padStart(4)}  precision`);
      for (const c of report.checks) out(row(c));
      out(row(report.all) + '  (weighted by findings)');
      out(`Today: ${report.fpGone.length} of ${report.fpGone.length + report.fpStill.length} audited false positives no longer reported; ${report.tpLost.length} audited true positives lost.`);
      for (const i of report.tpLost) out(`  lost tp  ${i.key}  (${i.reason})`);
      for (const i of report.fpStill) out(`  still fp ${i.key}  (${i.reason})`);
      return 0;
    }
    throw new Error(USAGE);
  } catch (e) {
    err(`audit: ${(e as Error).message}`);
    return 2;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = auditPrecision(process.argv.slice(2), (l) => console.log(l), (l) => console.error(l));
}
