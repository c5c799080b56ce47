import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBilingualXml, parsePo, parseTbx, parseTermbaseCsv } from '../../src/core/formats';
import { ROOT, SEED, runCli } from './runCli';

const FIX = join(ROOT, 'tests/fixtures/formats');
const tmp = () => mkdtempSync(join(tmpdir(), 'duizhao-cli-'));

describe('duizhao convert', () => {
  it('converts the seed dump to XLIFF 1.2, keeping its ten units', async () => {
    const dir = tmp();
    const r = await runCli(['convert', SEED, join(dir, 'seed.xlf')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/converted 10 units in \d+ documents?: .*seed\.xlf/);
    const back = parseBilingualXml(readFileSync(join(dir, 'seed.xlf'), 'utf8'), 'seed.xlf');
    const units = back.documents.flatMap((d) => d.units);
    expect(units).toHaveLength(10);
    expect(units[0].target).toContain('分配探索安全培训算法');
    expect(readFileSync(join(dir, 'seed.xlf'), 'utf8')).toContain('version="1.2"');
  });

  it('honours --xliff-version 2.1 and converts XLIFF to TMX and PO', async () => {
    const dir = tmp();
    expect((await runCli(['convert', join(FIX, 'ml-review.xlf'), join(dir, 'a.xlf'), '--xliff-version', '2.1'])).code).toBe(0);
    expect(readFileSync(join(dir, 'a.xlf'), 'utf8')).toContain('urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc');
    expect((await runCli(['convert', join(dir, 'a.xlf'), join(dir, 'a.tmx')])).code).toBe(0);
    const tmx = parseBilingualXml(readFileSync(join(dir, 'a.tmx'), 'utf8'), 'a.tmx');
    expect(tmx.documents.map((d) => d.name)).toEqual(['abstract-safe-rl.txt', 'abstract-gnn.txt']);
    expect((await runCli(['convert', join(FIX, 'ml-memory.tmx'), join(dir, 'm.po')])).code).toBe(0);
    expect(parsePo(readFileSync(join(dir, 'm.po'), 'utf8'), 'm.po').documents[0].units.map((u) => u.id)).toEqual(['tm-1', 'tm-2', 'tm-3', 'tm-4']);
  });

  it('writes CSV with neutralised formulas', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'in.tsv'), 'id\tsource\ttarget\n1\t=SUM(A1)\t+训练\n');
    const r = await runCli(['convert', join(dir, 'in.tsv'), join(dir, 'out.csv')]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8').split('\r\n')[1]).toContain("'=SUM(A1),,'+训练");
  });

  it('exits 2 with a clear message for a TMX without Chinese, a bad output extension, a missing file', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'fr.tmx'), '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>policy</seg></tuv><tuv xml:lang="fr"><seg>politique</seg></tuv></tu></body></tmx>');
    const noZh = await runCli(['convert', join(dir, 'fr.tmx'), join(dir, 'x.xlf')]);
    expect(noZh.code).toBe(2);
    expect(noZh.stderr).toMatch(/no Chinese \(zh-\*\) variant found in any <tu>; languages present: en, fr/);
    expect(existsSync(join(dir, 'x.xlf'))).toBe(false);
    const ext = await runCli(['convert', join(FIX, 'ml-review.xlf'), join(dir, 'x.docx')]);
    expect([ext.code, ext.stderr]).toEqual([2, expect.stringMatching(/cannot write files ending in \.docx/)]);
    const missing = await runCli(['convert', join(dir, 'nope.xlf'), join(dir, 'x.tmx')]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/nope\.xlf: no such input file/)]);
    const bad = await runCli(['convert', join(FIX, 'ml-review.xlf'), join(dir, 'y.xlf'), '--xliff-version', '3.0']);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/--xliff-version 3\.0 is not supported/)]);
  });

  it('refuses to overwrite its input', async () => {
    const r = await runCli(['convert', join(FIX, 'ml-review.xlf'), join(FIX, 'ml-review.xlf')]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/the output is the input file/)]);
  });
});

describe('duizhao glossary', () => {
  it('writes the built-in termbase as TBX', async () => {
    const dir = tmp();
    const r = await runCli(['glossary', '--builtin', join(dir, 'ml.tbx')]);
    expect(r.code).toBe(0);
    const tb = parseTbx(readFileSync(join(dir, 'ml.tbx'), 'utf8'), 'ml.tbx').termbase;
    const policy = tb.concepts.find((c) => c.en.some((e) => e.text === 'policy'));
    expect(policy?.zh.find((z) => z.text === '策略')?.status).toBe('preferred');
    expect(r.stderr).toMatch(/^wrote \d+ concepts/);
  });

  it('converts TBX → CSV and a pair list → JSON, printing warnings', async () => {
    const dir = tmp();
    const r = await runCli(['glossary', join(FIX, 'ml-terms.tbx'), join(dir, 'terms.csv')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: .*entry "zh-only".*has no English term/);
    expect(parseTermbaseCsv(readFileSync(join(dir, 'terms.csv'), 'utf8'), 'terms.csv').termbase.concepts.map((c) => c.id)).toEqual(['policy', 'gnn']);
    expect((await runCli(['glossary', join(FIX, 'ml-pairs.md'), join(dir, 'pairs.json')])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'pairs.json'), 'utf8')).concepts).toHaveLength(4);
  });

  it('exits 2 on wrong usage', async () => {
    expect((await runCli(['glossary', join(FIX, 'ml-terms.tbx')])).code).toBe(2);
    const r = await runCli(['glossary', join(FIX, 'ml-terms.tbx'), join(tmp(), 'x.xlsx')]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/cannot write a termbase as \.xlsx/)]);
  });
});
