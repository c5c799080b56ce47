import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshBundle } from '../../src/cli/cliBundle.mjs';
import type { BenchUnit } from './generateCorpus';
import { timeChild } from './timeChild';

export interface CliMeasure {
  /** Wall and CPU seconds of `duizhao check FILE --format json` (best of the runs). */
  seconds: number;
  cpuSeconds: number;
  /** The same on a one-unit file: Node start-up, loading the CLI, compiling the termbase. */
  startupSeconds: number;
  startupCpuSeconds: number;
  /** Whether the bin ran the prebuilt bundle (`npm ci` builds it) or the sources through tsx. */
  path: 'bundle' | 'tsx';
  findingsBytes: number;
}

/**
 * The CLI as a pipeline runs it, start-up included: `node src/cli/duizhao.mjs check FILE
 * --format json` on the units written as JSONL, output to a file. Best of `runs`.
 */
export function runCliCheck(root: string, units: BenchUnit[], runs = 3): CliMeasure {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-cli-bench-'));
  try {
    const write = (name: string, us: BenchUnit[]) => {
      const file = join(dir, name);
      writeFileSync(file, us.map((u) => JSON.stringify({ id: u.id, source: u.source, target: u.target })).join('\n') + '\n');
      return file;
    };
    const all = write('pairs.jsonl', units);
    const one = write('one.jsonl', units.slice(0, 1));
    const out = join(dir, 'out.json');
    const run = (file: string) => {
      const fd = openSync(out, 'w');
      try {
        // exit 1 would be a finding reaching --fail-on (not given here); 2: bad input
        const t = timeChild('duizhao check', [process.execPath, join(root, 'src', 'cli', 'duizhao.mjs'), 'check', file, '--format', 'json'], { cwd: root, stdout: fd, timeoutMs: 600_000 });
        return { seconds: t.seconds, cpuSeconds: t.cpuSeconds ?? NaN };
      } finally {
        closeSync(fd);
      }
    };
    const best = (file: string) => {
      let b = run(file);
      for (let i = 1; i < runs; i++) {
        const r = run(file);
        if (r.cpuSeconds < b.cpuSeconds) b = r;
      }
      return b;
    };
    const startup = best(one);
    const full = best(all);
    return {
      seconds: full.seconds,
      cpuSeconds: full.cpuSeconds,
      startupSeconds: startup.seconds,
      startupCpuSeconds: startup.cpuSeconds,
      path: freshBundle(root).entry ? 'bundle' : 'tsx',
      findingsBytes: statSync(out).size,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
