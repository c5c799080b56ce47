import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTbx, writeXliff12, type ExportFile } from '../../src/core/formats';
import { ROOT, runCli } from './runCli';

const tmp = () => mkdtempSync(join(tmpdir(), 'duizhao-learn-'));

/** A reviewed project as duizhao's Export writes it: corrected targets, MT kept as alt-trans. */
const REVIEWED: ExportFile = {
  sourceLang: 'en',
  targetLang: 'zh-CN',
  documents: [
    {
      name: 'vq-abstract.txt',
      units: [
        { id: '1', source: 'We learn a codebook of discrete image tokens.', target: '我们学习离散图像标记的代码簿。', corrected: '我们学习离散图像标记的码本。', reviewer: 'Li Wei' },
        { id: '2', source: 'The codebook size controls the rate of the quantizer.', target: '代码簿大小控制量化器的速率。', corrected: '码本大小控制量化器的速率。', reviewer: 'Li Wei' },
        { id: '3', source: 'Training takes two days on 8 GPUs.', target: '培训需要在8个GPU上花费两天时间。', corrected: '训练需要在8个GPU上花费两天时间。' },
        { id: '4', source: 'Results are shown in Table 2.', target: '结果如表2所示', corrected: '结果如表2所示。' },
        { id: '5', source: 'A larger codebook improves reconstruction.', target: '更大的代码簿改善了重建。' },
      ],
    },
  ],
};

function reviewedFile(dir: string): string {
  const path = join(dir, 'reviewed.xlf');
  writeFileSync(path, writeXliff12(REVIEWED));
  return path;
}

describe('duizhao learn CORRECTED.xlf OUT.tbx', () => {
  it('writes the terminology corrections as TBX entries with their evidence; punctuation fixes and known entries are not written', async () => {
    const dir = tmp();
    const out = join(dir, 'learned.tbx');
    const r = await runCli(['learn', reviewedFile(dir), out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('learned  codebook: 代码簿 → 码本 (2 units)');
    expect(r.stderr).toContain('known    training: 培训 → 训练 (1 unit): the termbase already says so');
    expect(r.stderr).toMatch(/wrote 1 learned entry from 4 corrected units to .*learned\.tbx/);
    const tb = parseTbx(readFileSync(out, 'utf8'), 'learned.tbx').termbase;
    expect(tb.concepts).toHaveLength(1);
    expect(tb.concepts[0]).toMatchObject({
      en: [{ text: 'codebook' }],
      zh: [
        { text: '码本', status: 'preferred' },
        { text: '代码簿', status: 'forbidden' },
      ],
      provenance: { evidence: ['unit 1', 'unit 2'] },
    });
  });

  it('--include-known also writes entries the built-in termbase holds; the TBX validates against TBX-Basic', async () => {
    const dir = tmp();
    const out = join(dir, 'learned.tbx');
    const r = await runCli(['learn', reviewedFile(dir), out, '--include-known']);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    const tb = parseTbx(text, 'learned.tbx').termbase;
    expect(tb.concepts.map((c) => c.en[0].text).sort()).toEqual(['codebook', 'training']);
    expect(text).toContain('<admin type="source">Learned by duizhao from corrections in: unit 3</admin>');
    const rng = join(ROOT, '../shared/schemas/tbx-v3/TBXcoreStructV03_TBX-Basic_integrated.rng');
    if (!existsSync(rng)) {
      console.warn('learn: ../shared/schemas/tbx-v3 not present, skipping TBX validation');
      return;
    }
    expect(() => execFileSync('xmllint', ['--noout', '--nonet', '--relaxng', rng, out], { stdio: 'pipe' })).not.toThrow();
  });

  it('--min-count 3 keeps nothing here: exit 2 and nothing written', async () => {
    const dir = tmp();
    const out = join(dir, 'learned.csv');
    const r = await runCli(['learn', reviewedFile(dir), out, '--min-count', '3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('4 corrected units, but no new terminology to learn; nothing was written');
    expect(existsSync(out)).toBe(false);
  });

  it('a file without the machine translation kept says what to do (exit 2)', async () => {
    const dir = tmp();
    const plain = join(dir, 'plain.tsv');
    writeFileSync(plain, 'id\tsource\ttarget\n1\tTraining is slow.\t训练很慢。\n');
    const r = await runCli(['learn', plain, join(dir, 'x.tbx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no corrections found');
    expect(r.stderr).toContain('export the reviewed project as XLIFF');
  });

  it('bad arguments are usage errors', async () => {
    expect((await runCli(['learn', 'only-one.xlf'])).stderr).toContain('learn needs a corrected file and an output termbase file');
    const r = await runCli(['learn', 'a.xlf', 'b.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write a termbase as .docx');
    expect((await runCli(['learn', '--help'])).stdout).toContain('Usage: duizhao learn CORRECTED OUT');
  });
});
