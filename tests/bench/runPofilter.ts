import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchUnit } from './generateCorpus';
import { timeChild } from './timeChild';

export interface PofilterMeasure {
  seconds: number;
  /** CPU time of pofilter (user + system of the child), when measurable. */
  cpuSeconds: number | null;
  unitsPerSecond: number;
  /** CPU seconds of pofilter on a one-unit file: interpreter start-up and imports. */
  startupCpuSeconds: number | null;
  /** Units per CPU second with the start-up taken out: pofilter's own steady throughput. */
  netCpuUnitsPerSecond: number | null;
  version: string;
  /** CPU seconds of each full run, in order (`runs` of them). */
  runCpuSeconds: number[];
}

export interface PofilterOptions {
  /** Full runs on the units (the best one is reported); default 1. */
  runs?: number;
  /** Called before each full run: the caller's own measurement, interleaved with pofilter's so
   *  that both see the same state of a shared machine. */
  before?: () => void;
}

function poString(s: string): string {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t').replace(/\r?\n/g, '\\n') + '"';
}

/** Write the units as a PO file (msgctxt = id, msgid = English, msgstr = Chinese). */
export function toPo(units: BenchUnit[]): string {
  const parts = ['msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: zh_CN\\n"\n'];
  for (const u of units) parts.push(`msgctxt ${poString(u.id)}\nmsgid ${poString(u.source)}\nmsgstr ${poString(u.target)}\n`);
  return parts.join('\n');
}

/**
 * Time Debian's `pofilter` (translate-toolkit, every default test) on the same units, in a
 * temporary directory. Returns null when pofilter is not installed.
 */
export function runPofilter(units: BenchUnit[], opts: PofilterOptions = {}): PofilterMeasure | null {
  const which = spawnSync('sh', ['-c', 'command -v pofilter'], { encoding: 'utf8' });
  if (which.status !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-pofilter-'));
  try {
    const input = join(dir, 'in.po');
    writeFileSync(input, toPo(units));
    const v = spawnSync('pofilter', ['--version'], { encoding: 'utf8' });
    const run = (file: string) => timeChild('pofilter', ['pofilter', '--progress=none', '-i', file, '-o', join(dir, 'out.po')]);
    // Start-up (Python, translate-toolkit imports) measured on a one-unit file, best of three.
    const tiny = join(dir, 'tiny.po');
    writeFileSync(tiny, toPo(units.slice(0, 1)));
    let startup: number | null = null;
    for (let i = 0; i < 3; i++) {
      const s = run(tiny).cpuSeconds;
      if (s !== null) startup = startup === null ? s : Math.min(startup, s);
    }
    const runs: { seconds: number; cpuSeconds: number | null }[] = [];
    for (let i = 0; i < Math.max(1, opts.runs ?? 1); i++) {
      opts.before?.();
      runs.push(run(input));
    }
    const full = runs.reduce((a, b) => ((b.cpuSeconds ?? Infinity) < (a.cpuSeconds ?? Infinity) ? b : a));
    const net = full.cpuSeconds !== null && startup !== null ? full.cpuSeconds - startup : null;
    return {
      seconds: full.seconds,
      cpuSeconds: full.cpuSeconds,
      unitsPerSecond: units.length / full.seconds,
      startupCpuSeconds: startup,
      netCpuUnitsPerSecond: net !== null && net > 0 ? units.length / net : null,
      version: (v.stdout || v.stderr).trim().split('\n')[0],
      runCpuSeconds: runs.map((r) => r.cpuSeconds ?? NaN),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
