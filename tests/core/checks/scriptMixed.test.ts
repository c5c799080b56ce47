import { describe, expect, it } from 'vitest';
import { scriptMixed } from '../../../src/core/checks/scriptMixed';

const run = (target: string) => scriptMixed.run({ id: 'u1', source: '', target }, {});

describe('script.mixed', () => {
  it('flags traditional characters in a simplified target, one finding per run', () => {
    const t = '我们提出了一种新的图神經網絡模型，並在三个数据集上进行了实验。';
    const f = run(t);
    expect(f.map((x) => [x.target?.text, x.suggestion])).toEqual([
      ['經網絡', '经网络'],
      ['並', '并'],
    ]);
    expect(t.slice(f[0].target!.start, f[0].target!.end)).toBe('經網絡');
    expect(f[0].mqm).toBe('Locale conventions');
    expect(f[0].severity).toBe('minor');
  });

  it('leaves characters that are standard in simplified Chinese alone (显著, 什么, 覆盖, 乾坤)', () => {
    expect(run('该方法显著提高了准确率，覆盖了什么样的场景？乾坤未定。著名的模型。')).toEqual([]);
  });

  it('reports a fully traditional target once, with the converted text', () => {
    const t = '強化學習涉及在未知系統中執行探索性動作。這可能將學習代理置於危險之中，並導致災難性後果。';
    const f = run(t);
    expect(f).toHaveLength(1);
    expect(f[0].target?.start).toBe(0);
    expect(f[0].target?.end).toBe(t.length);
    expect(f[0].suggestion).toContain('强化学习涉及在未知系统中执行探索性动作');
  });

  it('finds nothing in clean simplified text or English', () => {
    expect(run('强化学习涉及在未知系统中执行探索性动作。')).toEqual([]);
    expect(run('Reinforcement learning involves exploratory actions.')).toEqual([]);
  });
});
