import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCliBundle, freshBundle } from '../../src/cli/cliBundle.mjs';
import { ROOT, SEED } from './runCli';

// The prebuilt CLI (`npm ci` runs `prepare`): built here into a temporary directory, so the
// test does not depend on whether the checkout's own bundle is fresh.
let dir = '';

function bin(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['src/cli/duizhao.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, DUIZHAO_CLI_BUNDLE_DIR: dir, ...env },
  });
}

describe('the prebuilt CLI bundle', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'duizhao-cli-'));
    await buildCliBundle(ROOT, dir);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints exactly what the TypeScript sources print on the seed, JSON offsets included', () => {
    const bundled = bin(['check', SEED, '--format', 'json'], { DUIZHAO_CLI: 'bundle' });
    const sources = bin(['check', SEED, '--format', 'json'], { DUIZHAO_CLI: 'tsx' });
    expect(bundled.stderr).toBe('');
    expect(bundled.status).toBe(0);
    expect(sources.status).toBe(0);
    expect(bundled.stdout).toBe(sources.stdout);
    const report = JSON.parse(bundled.stdout) as { version: string; findings: { suggestion: string | null }[] };
    expect(report.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(report.findings.some((f) => f.suggestion === '分布式探索安全训练算法')).toBe(true);
    // the bundle is pure ASCII (Chinese escaped): Node and V8 read it as one-byte text
    const scripts = readdirSync(dir).filter((f) => /\.(c|m)?js$/.test(f));
    expect(scripts).toEqual(['main.cjs']);
    for (const f of scripts) {
      expect(/[^\x00-\x7f]/.test(readFileSync(join(dir, f), 'utf8')), f).toBe(false);
    }
  }, 60_000);

  it('reads languages as the sources do (franc inside the bundle)', () => {
    // the untranslated check must tell these apart through the bundled franc as through the sources
    const rows = [
      { id: 'de', source: 'We propose a graph neural network for the detection of adversarial examples.', target: 'Wir schlagen ein neuronales Netz für die Erkennung von Angriffen vor, das auf Graphen arbeitet.' },
      { id: 'fr', source: 'We propose a graph neural network for the detection of adversarial examples.', target: 'Nous proposons un réseau de neurones sur graphes pour la détection des exemples adverses.' },
      { id: 'es', source: 'We propose a graph neural network for the detection of adversarial examples.', target: 'Proponemos una red neuronal de grafos para la detección de ejemplos adversarios en la red.' },
      { id: 'ru', source: 'We propose a graph neural network for the detection of adversarial examples.', target: 'Мы предлагаем графовую нейронную сеть для обнаружения состязательных примеров.' },
      { id: 'ja', source: 'We propose a graph neural network for the detection of adversarial examples.', target: '敵対的サンプルを検出するためのグラフニューラルネットワークを提案します。' },
      { id: 'en', source: 'We propose a graph neural network for the detection of adversarial examples.', target: 'We propose a graph neural network for detecting adversarial examples in practice.' },
      { id: 'zh', source: 'We propose a graph neural network for the detection of adversarial examples.', target: '我们提出了一种用于检测对抗样本的图神经网络。' },
      { id: 'src-de', source: 'Wir schlagen ein neuronales Netz für die Erkennung von Angriffen vor.', target: '我们提出了一种用于检测攻击的神经网络。' },
    ];
    const file = join(dir, 'languages.jsonl');
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const bundled = bin(['check', file, '--format', 'json'], { DUIZHAO_CLI: 'bundle' });
    const sources = bin(['check', file, '--format', 'json'], { DUIZHAO_CLI: 'tsx' });
    expect(bundled.stderr).toBe('');
    expect(bundled.stdout).toBe(sources.stdout);
    const found = (JSON.parse(bundled.stdout) as { findings: { unit: string; check: string }[] }).findings;
    const untranslated = new Set(found.filter((f) => f.check === 'untranslated').map((f) => f.unit));
    expect(untranslated.has('en')).toBe(true);
    expect(untranslated.has('zh')).toBe(false);
  }, 60_000);

  it('reads a CSV termbase given with --glossary as the sources do', () => {
    const csv = join(dir, 'project.csv');
    writeFileSync(csv, 'en,zh,status\nlottery ticket hypothesis,彩票假设,preferred\nlottery ticket hypothesis,乐透假说,forbidden\n');
    const jsonl = join(dir, 'lottery.jsonl');
    writeFileSync(jsonl, JSON.stringify({ id: 'l1', source: 'We test the lottery ticket hypothesis on graph neural networks.', target: '我们在图神经网络上检验乐透假说。' }) + '\n');
    const bundled = bin(['check', jsonl, '--glossary', csv, '--format', 'json'], { DUIZHAO_CLI: 'bundle' });
    const sources = bin(['check', jsonl, '--glossary', csv, '--format', 'json'], { DUIZHAO_CLI: 'tsx' });
    expect(bundled.stderr).toBe('');
    expect(bundled.status).toBe(0);
    expect(bundled.stdout).toBe(sources.stdout);
    expect(bundled.stdout).toContain('彩票假设');
  }, 60_000);

  it('starts from a V8 code cache made at build time, used only for the script it was made from', () => {
    // in a child process, as the bin runs: V8 accepts the cache only under the same version and flags
    const probe = (bundleDir: string) =>
      spawnSync(process.execPath, ['--input-type=module', '-e', `import { freshBundle, loadBundle } from ${JSON.stringify(pathToFileURL(join(ROOT, 'src', 'cli', 'cliBundle.mjs')).href)};
        const fresh = freshBundle(${JSON.stringify(ROOT)}, ${JSON.stringify(bundleDir)});
        const r = loadBundle(fresh);
        console.log(JSON.stringify({ cache: r.cache, main: typeof r.exports.main, listed: !!fresh.cache }));`], { encoding: 'utf8' });
    const used = probe(dir);
    expect(used.stderr).toBe('');
    expect(JSON.parse(used.stdout)).toEqual({ cache: 'accepted', main: 'function', listed: true });

    const copy = mkdtempSync(join(tmpdir(), 'duizhao-cli-cache-'));
    try {
      cpSync(dir, copy, { recursive: true });
      const manifestFile = join(copy, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { cache: [number, number] };
      const st = statSync(join(copy, 'main.cjs')); // (the copy's own time: copying may round it)
      manifest.cache = [st.size + 1, st.mtimeMs];
      // a cache made for another script is not even read
      writeFileSync(manifestFile, JSON.stringify(manifest));
      expect(JSON.parse(probe(copy).stdout)).toEqual({ cache: 'none', main: 'function', listed: false });
      // a damaged cache is turned down by V8, and the script runs without it
      manifest.cache[0] -= 1;
      writeFileSync(manifestFile, JSON.stringify(manifest));
      writeFileSync(join(copy, 'main.cjs.cache'), Buffer.alloc(4096, 7));
      expect(JSON.parse(probe(copy).stdout)).toEqual({ cache: 'rejected', main: 'function', listed: true });
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);

  it('runs the optional commands (glossary --builtin)', () => {
    const out = join(dir, 'builtin.csv');
    const r = bin(['glossary', '--builtin', out], { DUIZHAO_CLI: 'bundle' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^wrote \d+ concepts/);
    expect(readFileSync(out, 'utf8')).toContain('分布式');
  }, 60_000);

  it('is not used once a source file differs from what it was built from', () => {
    expect(freshBundle(ROOT, dir).entry).toBe(join(dir, 'main.cjs'));
    const manifestFile = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { files: [string, number, number][] };
    // how the bundle is built counts as one of its sources
    expect(manifest.files.some(([f]) => f === 'src/cli/cliBundle.mjs')).toBe(true);
    const row = manifest.files.find(([f]) => f === 'src/core/engine/checkUnit.ts');
    expect(row).toBeDefined();
    row![1] += 1; // as if checkUnit.ts had been edited since
    writeFileSync(manifestFile, JSON.stringify(manifest));
    expect(freshBundle(ROOT, dir).reason).toBe('is older than src/core/engine/checkUnit.ts');

    const forced = bin(['check', SEED], { DUIZHAO_CLI: 'bundle' });
    expect(forced.status).toBe(2);
    expect(forced.stderr).toContain('is older than src/core/engine/checkUnit.ts');
    expect(forced.stderr).toContain('npm run build:cli');
    // left to itself the bin runs the sources instead
    const auto = bin(['check', SEED], {});
    expect(auto.status).toBe(0);
    expect(auto.stdout).toContain('分布式探索安全训练算法');
  }, 60_000);

  it('names a source file that is gone, with or without a separator at the end of the root', () => {
    const copy = mkdtempSync(join(tmpdir(), 'duizhao-cli-gone-'));
    try {
      const st = statSync(join(ROOT, 'src', 'core', 'engine', 'checkUnit.ts'));
      const present: [string, number, number] = ['src/core/engine/checkUnit.ts', st.size, st.mtimeMs];
      for (const root of [ROOT.replace(/[\\/]+$/, ''), ROOT.replace(/[\\/]*$/, '/')]) {
        writeFileSync(join(copy, 'manifest.json'), JSON.stringify({ format: 1, files: [present] }));
        expect(freshBundle(root, copy).entry).toBe(join(copy, 'main.cjs'));
        writeFileSync(join(copy, 'manifest.json'), JSON.stringify({ format: 1, files: [present, ['src/core/engine/noSuchFile.ts', 1, 1]] }));
        expect(freshBundle(root, copy).reason).toBe('was built from src/core/engine/noSuchFile.ts, which is gone');
      }
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('says when there is no bundle at all', () => {
    const empty = mkdtempSync(join(tmpdir(), 'duizhao-cli-none-'));
    try {
      expect(freshBundle(ROOT, empty).reason).toBe('has not been built');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
