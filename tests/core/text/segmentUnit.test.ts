import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countWords, segmentUnit, tokenize } from '../../../src/core/text';
import { parseDump } from '../../../src/core/formats';

describe('segmentUnit', () => {
  it('returns spans into the unit texts that cover grouped sentences', () => {
    const source = 'Graph Neural Networks (GNNs) work well. They are widely used. Most GNNs are large.';
    const target = '图神经网络（GNN）效果很好，并被广泛使用。大多数GNN都很大。';
    const segs = segmentUnit(source, target);
    expect(segs.map((s) => s.kind)).toEqual(['2-1', '1-1']);
    expect(segs[0].source).toEqual({ start: 0, end: 61, text: 'Graph Neural Networks (GNNs) work well. They are widely used.' });
    expect(segs[0].target?.text).toBe('图神经网络（GNN）效果很好，并被广泛使用。');
    for (const s of segs) {
      expect(source.slice(s.source!.start, s.source!.end)).toBe(s.source!.text);
      expect(target.slice(s.target!.start, s.target!.end)).toBe(s.target!.text);
    }
  });

  it('makes every sentence its own segment when the source is missing (seed block 1)', () => {
    const seed = readFileSync(join(__dirname, '..', '..', '..', 'seeds', '000_2c0d154558004bfd.txt'), 'utf8');
    const unit = parseDump(seed, 'seed.txt').documents[0].units[0];
    const segs = segmentUnit(unit.source, unit.target);
    expect(segs.length).toBe((unit.target.match(/。/g) ?? []).length);
    expect(segs.every((s) => s.kind === '0-1' && s.source === null)).toBe(true);
    expect(segs[0].target?.text).toBe('强化学习(RL)涉及在未知系统中执行探索性动作。');
  });

  it('makes every sentence its own segment when the translation is missing', () => {
    const segs = segmentUnit('We propose CMT. It is robust.', '');
    expect(segs).toEqual([
      { source: { start: 0, end: 15, text: 'We propose CMT.' }, target: null, kind: '1-0' },
      { source: { start: 16, end: 29, text: 'It is robust.' }, target: null, kind: '1-0' },
    ]);
    expect(segmentUnit('', '')).toEqual([]);
  });

  it("labels groups larger than two sentences 'n-m'", () => {
    const segs = segmentUnit(
      'This study: (1) explores the design space of architectures, (2) trains the networks on several image classification tasks, and (3) relates robustness to graph structure.',
      '本研究：(1)探索了架构的设计空间；(2)在多个图像分类任务上训练网络；(3)将鲁棒性与图结构联系起来。',
    );
    expect(segs).toHaveLength(1);
    expect(segs[0].kind).toBe('n-m');
  });
});

describe('countWords', () => {
  it('counts English words, keeping hyphenated words, contractions and decimals whole', () => {
    expect(countWords("State-of-the-art GNNs don't reach 73.0% accuracy.", 'en')).toBe(6);
    expect(countWords('', 'en')).toBe(0);
  });

  it('counts each Han character plus each Latin word or number in Chinese', () => {
    expect(countWords('在ImageNet-1K上达到79.6%的准确率。', 'zh')).toBe(10); // 8 Han + ImageNet-1K + 79.6
    expect(countWords('强化学习(RL)', 'zh')).toBe(5);
    expect(countWords('，。！', 'zh')).toBe(0);
  });
});

describe('tokenize', () => {
  it('returns English word tokens with exact offsets', () => {
    const text = 'Fine-tuning ViTs on ImageNet-1K gives 79.6%.';
    const toks = tokenize(text, 'en');
    expect(toks.map((t) => t.text)).toEqual(['Fine-tuning', 'ViTs', 'on', 'ImageNet-1K', 'gives', '79.6']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('segments Chinese into words, not characters, and keeps Latin runs whole', () => {
    const text = '强化学习(RL)涉及在未知系统中执行探索性动作。';
    const toks = tokenize(text, 'zh');
    const words = toks.map((t) => t.text);
    expect(words).toContain('学习');
    expect(words).toContain('RL');
    expect(words).toContain('系统');
    expect(words).not.toContain('。');
    expect(toks.length).toBeLessThan([...text].length);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
