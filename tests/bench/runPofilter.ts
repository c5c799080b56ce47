import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchUnit } from './generateCorpus';

export interface PofilterMeasure {
  seconds: number;
  unitsPerSecond: number;
  version: string;
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
export function runPofilter(units: BenchUnit[]): PofilterMeasure | null {
  const which = spawnSync('sh', ['-c', 'command -v pofilter'], { encoding: 'utf8' });
  if (which.status !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-pofilter-'));
  try {
    const input = join(dir, 'in.po');
    writeFileSync(input, toPo(units));
    const v = spawnSync('pofilter', ['--version'], { encoding: 'utf8' });
    const t0 = performance.now();
    const r = spawnSync('pofilter', ['--progress=none', '-i', input, '-o', join(dir, 'out.po')], { encoding: 'utf8', timeout: 900_000 });
    const seconds = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`pofilter failed (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
    return { seconds, unitsPerSecond: units.length / seconds, version: (v.stdout || v.stderr).trim().split('\n')[0] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
