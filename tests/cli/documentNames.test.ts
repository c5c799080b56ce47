import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as text from '../../src/core/text';
import { runCli } from './runCli';

// Count the titles made for one-row documents (read through the text folder's index).
vi.mock('../../src/core/text', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/text')>();
  return { ...real, shortTitle: vi.fn(real.shortTitle) };
});

let file: string;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-names-'));
  file = join(dir, 'rows.jsonl');
  const rows = [
    { id: 'r1', source: 'We propose a new method.', target: '我们提出了一种新方法。' },
    { id: 'r2', source: 'The policy is trained with PPO.', target: '该政策使用PPO进行培训。' },
    { id: 'r3', source: 'We evaluate the agent.', target: '我们评估了该智能体。' },
  ];
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
});

afterEach(() => vi.mocked(text.shortTitle).mockClear());

describe('duizhao check names a one-row document only where the report shows it', () => {
  it('json: no document names at all', async () => {
    const r = await runCli(['check', file, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings.map((f: { unit: string }) => f.unit)).toContain('r2');
    expect(text.shortTitle).not.toHaveBeenCalled();
  });

  it('text: the heading of a unit with findings names its document; units without findings cost no title', async () => {
    const r = await runCli(['check', file]);
    expect(r.stdout).toContain('■ unit r2 — The policy is trained with PPO.:');
    expect(r.stdout).not.toContain('unit r1');
    expect(text.shortTitle).toHaveBeenCalledTimes(1);
  });

  it('junit: every test case names its document', async () => {
    const r = await runCli(['check', file, '--format', 'junit']);
    expect(r.stdout).toContain('name="unit r1 — We propose a new method."/>');
    expect(r.stdout).toContain('name="unit r2 — The policy is trained with PPO.">');
    expect(r.stdout).toContain('name="unit r3 — We evaluate the agent."/>');
  });

  it('jsonl: each finding names its document, read once per document with findings', async () => {
    const r = await runCli(['check', file, '--format', 'jsonl']);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const findings = lines.filter((l) => !l.summary);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f).toMatchObject({ document: 'The policy is trained with PPO.', unitId: 'r2' });
    expect(text.shortTitle).toHaveBeenCalledTimes(1);
  });
});
