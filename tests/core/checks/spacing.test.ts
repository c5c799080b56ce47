import { describe, expect, it } from 'vitest';
import { spacing } from '../../../src/core/checks/spacing';

const run = (target: string) => spacing.run({ id: 'u1', source: '', target }, {});

describe('spacing', () => {
  it('flags the space after 。 as in the seed ("。 DESTA")', () => {
    const t = '称为分布式探索安全训练算法（DESTA）。 DESTA的核心是两个自适应智能体之间的博弈。';
    const f = run(t);
    expect(f).toHaveLength(1);
    expect(f[0].target).toEqual({ start: 21, end: 22, text: ' ' });
    expect(f[0].suggestion).toBe('');
    expect(f[0].message).toContain('。');
  });

  it('flags spaces after ，and ：and an ideographic space', () => {
    const f = run('首先，  我们提出：\u3000一种新方法。');
    expect(f.map((x) => x.target?.text)).toEqual(['  ', '\u3000']);
  });

  it('flags a space between two Chinese characters', () => {
    const f = run('我们使用训练 数据进行评估。');
    expect(f).toHaveLength(1);
    expect(f[0].target?.text).toBe(' ');
    expect(f[0].target?.start).toBe(6);
  });

  it('flags doubled spaces between Latin words, suggesting one space', () => {
    const f = run('我们在Lunar  Lander环境中评估。');
    expect(f).toHaveLength(1);
    expect(f[0].target?.text).toBe('  ');
    expect(f[0].suggestion).toBe(' ');
  });

  it('accepts single spaces around Latin words and in English', () => {
    expect(run('我们在 ImageNet-1K 上训练 ViT 模型。')).toEqual([]);
    expect(run('Masked image modeling performs strongly. Code is available.')).toEqual([]);
    expect(run('强化学习（RL）涉及在未知系统中执行探索性动作。这可能很危险。')).toEqual([]);
  });

  it('judges each run of spaces once: before an opening bracket after Han, a run before Latin, a tab after ，', () => {
    const f = run('我们提出 （DESTA）方法，\t并在  Lunar Lander上评估。');
    expect(f.map((x) => [x.target?.start, x.target?.text, x.suggestion])).toEqual([
      [4, ' ', ''],
      [15, '\t', ''],
      [18, '  ', ''],
    ]);
    expect(f[2].message).toContain('Run of spaces');
  });
});
