import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { stdinFileName } from '../../src/cli/readStdin';
import { ROOT, SEED, runCli } from './runCli';

async function run(argv: string[], input: string | Buffer): Promise<{ code: number; stdout: string; stderr: string; writes: number }> {
  const out: string[] = [];
  const err: string[] = [];
  let writes = 0;
  const sink = (into: string[], count: boolean) =>
    new Writable({
      write(chunk, _enc, cb) {
        if (count) writes++;
        into.push(String(chunk));
        cb();
      },
    });
  const code = await main(argv, { stdout: sink(out, true), stderr: sink(err, false), stdin: Readable.from([Buffer.from(input)]), cwd: ROOT });
  return { code, stdout: out.join(''), stderr: err.join(''), writes };
}

const TSV = [
  'id\tsource\ttarget',
  'r1\tWe pre-train a graph neural network on 3 million molecules.\t我们在300万个分子上预训练了一个图神经网络。',
  'r2\tThe reinforcement learning agent converges.\t强化学习代理人收敛了。',
  'r3\tWe evaluate on 5 benchmarks.\t我们在4个基准上进行评估。',
].join('\n');

describe('duizhao check - (standard input)', () => {
  it('checks the seed dump piped in exactly as when it is named', async () => {
    const named = await runCli(['check', SEED, '--format', 'json']);
    const piped = await run(['check', '-', '--format', 'json'], readFileSync(join(ROOT, SEED)));
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout).findings).toEqual(JSON.parse(named.stdout).findings);
  });

  it('recognises a TSV on standard input by its tab-separated header', async () => {
    const r = await run(['check', '-'], TSV);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^-: 3 units, [1-9]\d* findings/);
    expect(r.stdout).toContain('unit r3');
  });

  it('empty standard input is bad input (exit 2) with a message, not a crash', async () => {
    const r = await run(['check', '-'], '');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^duizhao: .+/);
    expect(r.stdout).toBe('');
  });

  it('content sniffing picks the format from the first bytes', () => {
    const b = (s: string) => new Uint8Array(Buffer.from(s));
    expect(stdinFileName(b('<?xml version="1.0"?>\n<tmx version="1.4">'))).toBe('stdin.tmx');
    expect(stdinFileName(b('<?xml version="1.0"?>\n<xliff version="1.2">'))).toBe('stdin.xlf');
    expect(stdinFileName(b('msgid ""\nmsgstr ""\n'))).toBe('stdin.po');
    expect(stdinFileName(b('{"id":"1","source":"a","target":"甲"}\n'))).toBe('stdin.jsonl');
    expect(stdinFileName(b('id,source,target\n1,a,甲\n'))).toBe('stdin.csv');
    expect(stdinFileName(b('图神经网络在图上学习。\ntranslated by 谷歌翻译\n'))).toBe('stdin.txt');
  });
});

describe('duizhao check --format jsonl (streamed)', () => {
  it('writes each document\'s findings as it is checked, one JSON object a line, then a summary line', async () => {
    const r = await run(['check', '-', '--format', 'jsonl'], TSV);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const summary = lines.at(-1)!.summary as { units: number; findings: number; bySeverity: Record<string, number> };
    expect(summary.units).toBe(3);
    expect(summary.findings).toBe(lines.length - 1);
    expect(lines.slice(0, -1).every((l) => typeof l.unitId === 'string' && typeof l.check === 'string' && typeof l.document === 'string')).toBe(true);
    expect(lines.some((l) => l.unitId === 'r3' && l.check === 'numbers')).toBe(true);
    // Streamed: more than one write (per document, then the summary), not one big string.
    expect(r.writes).toBeGreaterThan(1);
    const named = await runCli(['check', SEED, '--format', 'json']);
    const seedLines = (await run(['check', '-', '--format', 'jsonl'], readFileSync(join(ROOT, SEED)))).stdout.trim().split('\n');
    expect(seedLines.length - 1).toBe(JSON.parse(named.stdout).findings.length);
  });

  it('--fail-on counts in the summary and sets exit code 1', async () => {
    const r = await run(['check', '-', '--format', 'jsonl', '--fail-on', 'minor'], TSV);
    const summary = JSON.parse(r.stdout.trim().split('\n').at(-1)!).summary as { failing: number };
    expect(summary.failing).toBeGreaterThan(0);
    expect(r.code).toBe(1);
  });
});
