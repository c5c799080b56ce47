import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED } from './runCli';

// The one slow test: the real bin (`npx duizhao` runs src/cli/duizhao.mjs) as a child process.
describe('duizhao bin as a child process', () => {
  it('checks the seed and prints the DESTA finding first for unit 1', () => {
    const r = spawnSync(process.execPath, ['src/cli/duizhao.mjs', 'check', SEED], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const u1 = lines.findIndex((l) => l.startsWith('■ unit 1 '));
    expect(lines[u1 + 1]).toContain('acronym.expansion');
    expect(r.stdout).toContain('分布式探索安全训练算法');
  }, 60_000);
});
