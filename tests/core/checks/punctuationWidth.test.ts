import { describe, expect, it } from 'vitest';
import { punctuationWidth } from '../../../src/core/checks/punctuationWidth';

const run = (target: string, source = '') => punctuationWidth.run({ id: 'u1', source, target }, {});

describe('punctuation.width', () => {
  it('flags half-width commas, colons and semicolons between Chinese characters', () => {
    const t = '在本文中,我们介绍了新一代的求解器;它包括两部分:安全代理和任务代理。';
    const f = run(t);
    expect(f.map((x) => [x.target?.text, x.suggestion])).toEqual([
      [',', '，'],
      [';', '；'],
      [':', '：'],
    ]);
    for (const x of f) expect(t.slice(x.target!.start, x.target!.end)).toBe(x.target!.text);
    expect(f[0].severity).toBe('minor');
    expect(f[0].mqm).toBe('Linguistic conventions/Punctuation');
  });

  it('flags (DESTA) written with half-width parentheses right after Chinese, both ends', () => {
    const t = '称为分布式探索安全训练算法(DESTA)。';
    const f = run(t);
    expect(f.map((x) => [x.target?.start, x.target?.text, x.suggestion])).toEqual([
      [13, '(', '（'],
      [19, ')', '）'],
    ]);
  });

  it('swallows the space after a comma when Chinese follows', () => {
    const f = run('模型很大, 但是训练很快。');
    expect(f).toHaveLength(1);
    expect(f[0].target?.text).toBe(', ');
    expect(f[0].suggestion).toBe('，');
  });

  it('flags ? and ! ending Chinese sentences', () => {
    const f = run('这个方法有效吗?当然有效!');
    expect(f.map((x) => x.suggestion)).toEqual(['？', '！']);
  });

  it('flags full-width letters and digits as one run with the half-width suggestion', () => {
    const f = run('我们在ＣＩＦＡＲ－１０上达到了９５％的准确率。');
    expect(f.map((x) => [x.target?.text, x.suggestion])).toEqual([
      ['ＣＩＦＡＲ', 'CIFAR'],
      ['１０', '10'],
      ['９５', '95'],
    ]);
  });

  it('leaves numbers, URLs, Latin runs and full-width punctuation alone', () => {
    expect(run('我们收集了3,287篇摘要，比例为1:2，准确率为73.0%。')).toEqual([]);
    expect(run('代码见https://github.com/OliverRensu/TinyMIM，欢迎使用。')).toEqual([]);
    expect(run('我们使用了 OpenAI Gym (Brockman et al., 2016) 中的环境：Lunar Lander。')).toEqual([]);
    expect(run('强化学习（RL）涉及在未知系统中执行探索性动作。')).toEqual([]);
  });

  it('does not flag English text with its own punctuation', () => {
    expect(run('Code is available at https://github.com/junjie18/CMT. It works (mostly), see: Fig. 3!')).toEqual([]);
  });

  it('returns nothing for an empty target', () => {
    expect(run('', 'Some English source.')).toEqual([]);
  });
});

describe('punctuation.width message for a bracket pair', () => {
  it('shows the whole pair rewritten', () => {
    const f = run('称为分布式探索安全训练算法(DESTA)。');
    expect(f[0].message).toContain('("(DESTA)" → "（DESTA）")');
    expect(f[1].message).toContain('("(DESTA)" → "（DESTA）")');
  });
});

describe('punctuation.width: parentheses judged as pairs', () => {
  it('pairs nested parentheses, flags a stray one touching Chinese, and leaves a spaced Latin pair alone', () => {
    // outer pair holds Chinese; the inner (BERT) touches Chinese; the last ) has no opener
    const t = '模型(基于注意力(BERT))在基准上)表现良好，见 OpenAI Gym (Brockman, 2016) 中的结果。';
    const f = run(t);
    expect(f.map((x) => [x.target?.start, x.target?.text])).toEqual([
      [2, '('],
      [8, '('],
      [13, ')'],
      [14, ')'],
      [19, ')'],
    ]);
    // each flagged member of a pair names its own pair; the stray one names none
    expect(f[0].message).toContain('"(基于注意力(BERT))" → "（基于注意力(BERT)）"');
    expect(f[1].message).toContain('"(BERT)" → "（BERT）"');
    // the closers name the same pairs (the inner pair's closer comes first)
    expect(f[2].message).toBe('Half-width ")" in Chinese text: use the full-width "）" ("(BERT)" → "（BERT）").');
    expect(f[3].message).toBe('Half-width ")" in Chinese text: use the full-width "）" ("(基于注意力(BERT))" → "（基于注意力(BERT)）").');
    expect(f[4].message).not.toContain('→');
  });

  it('flags an opening parenthesis left open before Chinese, unit after unit', () => {
    // a longer unit first, then a short one: the pairing state of one unit does not leak into the next
    run('方法(一)、方法(二)、方法(三)、方法(四)、方法(五)、方法(六)、方法(七)、方法(八)、方法(九)。');
    const f = run('结果见(表格');
    expect(f.map((x) => [x.target?.start, x.target?.text, x.suggestion])).toEqual([[3, '(', '（']]);
    expect(run('See (Table 1) for details.')).toEqual([]);
  });
});
