import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED, runCli } from './runCli';

let dir: string;
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'duizhao-cli-'));
});

describe('duizhao check: input formats', () => {
  it('checks a TSV with id,source,target and reports its ids', async () => {
    const tsv = file(
      'pairs.tsv',
      'id\tsource\ttarget\n' +
        'p1\tWe evaluate the agent on two benchmarks.\t我们在三个基准上评估了该智能体。\n' +
        'p2\tWe propose a new method.\t我们提出了一种新方法。\n',
    );
    const r = await runCli(['check', tsv, '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.units).toBe(2);
    const n = j.findings.find((f: { check: string }) => f.check === 'numbers');
    expect(n).toMatchObject({ unit: 'p1', source: { text: 'two' }, target: { text: '三' }, suggestion: '两' });
    expect(j.findings.filter((f: { unit: string }) => f.unit === 'p2')).toEqual([]);
  });

  it('checks JSONL and fails with exit 1 when a finding reaches --fail-on major', async () => {
    const jsonl = file('pairs.jsonl', JSON.stringify({ id: 'a', source: 'The policy is trained with PPO.', target: '该政策使用PPO进行培训。' }) + '\n');
    const r = await runCli(['check', jsonl, '--format', 'json', '--fail-on', 'major']);
    expect(r.code).toBe(1);
    const checks = JSON.parse(r.stdout).findings.map((f: { check: string }) => f.check);
    expect(checks).toContain('terminology.forbidden');
    const minorOnly = await runCli(['check', jsonl, '--fail-on', 'critical']);
    expect(minorOnly.code).toBe(0);
    expect(minorOnly.stdout).toContain('OK: no finding at or above critical');
  });

  it('uses an extra --glossary termbase in the JSON format', async () => {
    const tb = file(
      'extra.json',
      JSON.stringify({
        id: 'extra',
        name: 'test termbase',
        priority: 5,
        concepts: [{ id: 'x.lander', en: [{ text: 'lunar module' }], zh: [{ text: '登月舱', status: 'preferred' }, { text: '月球模块', status: 'forbidden' }] }],
      }),
    );
    const tsv = file('lander.tsv', 'id\tsource\ttarget\nL1\tThe lunar module landed.\t月球模块着陆了。\n');
    const r = await runCli(['check', tsv, '--glossary', tb, '--no-default-glossary', '--format', 'json']);
    expect(r.code).toBe(0);
    const f = JSON.parse(r.stdout).findings.find((x: { check: string }) => x.check === 'terminology.forbidden');
    expect(f).toMatchObject({ target: { text: '月球模块' }, suggestion: '登月舱' });
  });
});

describe('duizhao check: bad input → exit 2 with a message', () => {
  it('a missing file', async () => {
    const r = await runCli(['check', 'no/such/file.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^duizhao: no\/such\/file\.txt: no such file\. Check the path/);
    expect(r.stdout).toBe('');
  });

  it('an unknown extension', async () => {
    const r = await runCli(['check', file('notes.docx', 'hello')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('notes.docx');
    expect(r.stderr).toMatch(/not supported/);
  });

  it('a malformed TSV (header without source/target) names the file and line', async () => {
    const r = await runCli(['check', file('bad.tsv', 'id\ttext\n1\t模型\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.tsv');
    expect(r.stderr).toMatch(/line 1/);
  });

  it('an unreadable termbase: missing, not JSON, wrong shape, no permission', async () => {
    const missing = await runCli(['check', SEED, '--glossary', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: no such termbase file/);
    const broken = await runCli(['check', SEED, '--glossary', file('broken.json', '{"concepts": [')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json: is not valid JSON .*Fix the file/);
    const shape = await runCli(['check', SEED, '--glossary', file('shape.json', '{"concepts": [{"id": "a", "en": "policy"}]}')]);
    expect(shape.code).toBe(2);
    expect(shape.stderr).toMatch(/shape\.json: is not a duizhao termbase: concept 1 \("a"\) needs "en"/);
    const locked = file('locked.json', '{"concepts": []}');
    chmodSync(locked, 0o000);
    const r = await runCli(['check', SEED, '--glossary', locked]);
    chmodSync(locked, 0o644);
    // root can read anything; everyone else gets the permission message.
    if (process.getuid?.() !== 0) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/permission denied/);
    } else expect(r.code).toBe(0);
  });

  it('bad options', async () => {
    for (const argv of [['check'], ['check', SEED, '--format', 'xml'], ['check', SEED, '--fail-on', 'info'], ['check', SEED, '--bogus'], ['frobnicate']]) {
      const r = await runCli(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^duizhao: .+/);
    }
  });
});

describe('duizhao --help / --version', () => {
  it('prints help and version', async () => {
    const h = await runCli(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('duizhao check FILE');
    const ch = await runCli(['check', '--help']);
    expect(ch.stdout).toContain('--fail-on minor|major|critical');
    const v = await runCli(['--version']);
    expect(v.stdout).toMatch(/^duizhao \d+\.\d+\.\d+\n$/);
  });
});

describe('duizhao check: termbases in other formats and other commands', () => {
  it('accepts a CSV termbase with --glossary (through src/core/formats)', async () => {
    const csv = file('terms.csv', 'en,zh,status\nlunar module,登月舱,preferred\nlunar module,月球模块,forbidden\n');
    const tsv = file('lander2.tsv', 'id\tsource\ttarget\nL1\tThe lunar module landed.\t月球模块着陆了。\n');
    const r = await runCli(['check', tsv, '--glossary', csv, '--no-default-glossary', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const f = JSON.parse(r.stdout).findings;
    expect(f).toEqual([expect.objectContaining({ check: 'terminology.forbidden', target: { start: 0, end: 4, text: '月球模块' }, suggestion: '登月舱' })]);
  });

  it('rejects a termbase with an unknown extension', async () => {
    const r = await runCli(['check', SEED, '--glossary', file('terms.docx', 'x')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('terms.docx');
  });

  it('dispatches convert and glossary to their commands', async () => {
    for (const cmd of ['convert', 'glossary']) {
      const r = await runCli([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`duizhao ${cmd}`);
    }
  });
});

describe('duizhao check --only / --disable', () => {
  it('runs only the named checks, or all but the disabled ones', async () => {
    const only = JSON.parse((await runCli(['check', SEED, '--format', 'json', '--only', 'spacing,fluency.repetition'])).stdout);
    expect(new Set(only.findings.map((f: { check: string }) => f.check))).toEqual(new Set(['spacing', 'fluency.repetition']));
    const without = JSON.parse((await runCli(['check', SEED, '--format', 'json', '--disable', 'punctuation.width'])).stdout);
    expect(without.findings.some((f: { check: string }) => f.check === 'punctuation.width')).toBe(false);
    expect(without.findings.some((f: { check: string }) => f.check === 'acronym.expansion')).toBe(true);
  });

  it('rejects an unknown check id, listing the known ones', async () => {
    const r = await runCli(['check', SEED, '--disable', 'spaces']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--disable: unknown check "spaces"\. Checks: acronym\.expansion, /);
  });
});

describe('duizhao check: offsets with CRLF line ends and a BOM', () => {
  it('reports offsets into each unit exactly as its text stands in the file', async () => {
    const { readFileSync } = await import('node:fs');
    const seed = readFileSync(join(__dirname, '..', '..', SEED), 'utf8');
    const crlf = '\ufeff' + seed.replace(/\n/g, '\r\n');
    const p = file('seed-crlf.txt', crlf);
    const r = await runCli(['check', p, '--format', 'json']);
    expect(r.code).toBe(0);
    const blocks = crlf.replace(/^\ufeff/, '').split('\r\n').filter((_, i) => i % 2 === 0).filter((l) => l.trim());
    const j = JSON.parse(r.stdout);
    expect(j.units).toBe(10);
    for (const f of j.findings as { unit: string; target: { start: number; end: number; text: string } | null; source: { start: number; end: number; text: string } | null }[]) {
      const block = blocks[Number(f.unit) - 1];
      for (const s of [f.target, f.source]) if (s) expect(block.slice(s.start, s.end)).toBe(s.text);
    }
    expect(j.findings.filter((f: { check: string }) => f.check === 'untranslated')).toHaveLength(8);
  });
});
