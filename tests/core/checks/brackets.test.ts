import { describe, expect, it } from 'vitest';
import { brackets } from '../../../src/core/checks/brackets';

const run = (target: string) => brackets.run({ id: 'u1', source: '', target }, {});

describe('brackets', () => {
  it('flags an unclosed full-width parenthesis', () => {
    const t = '我们提出了图神经网络（GNN的一种变体。';
    const f = run(t);
    expect(f).toHaveLength(1);
    expect(f[0].target).toEqual({ start: 10, end: 11, text: '（' });
    expect(f[0].message).toContain('）');
  });

  it('flags a closing quote or title mark that closes nothing', () => {
    expect(run('该方法被称为安全探索”，效果很好。').map((x) => x.target?.text)).toEqual(['”']);
    expect(run('我们在论文深度学习》中提出。').map((x) => x.target?.text)).toEqual(['》']);
  });

  it('reports the inner opener when brackets are crossed', () => {
    const f = run('【注意（见第3节】的内容）');
    expect(f.map((x) => x.target?.text)).toEqual(['（', '）']);
  });

  it('accepts paired brackets of every kind, mixed widths, enumerators and intervals', () => {
    expect(run('强化学习（RL）涉及“探索”与《利用》之间的「权衡」【重要】[1]。')).toEqual([]);
    expect(run('称为分配算法(DESTA）。')).toEqual([]);
    expect(run('结果表明：1）蒸馏更有效；2）弱正则化更好。')).toEqual([]);
    expect(run('输入取值于区间[0, 1)之内。')).toEqual([]);
  });

  it('keeps a long run of open brackets apart from the next unit', () => {
    // 100 nested openers (more than the reused stack first holds), one closed
    const long = '注释《'.repeat(100) + '完》。';
    const f = run(long);
    expect(f).toHaveLength(99);
    expect(f.map((x) => x.target?.start)).toEqual(Array.from({ length: 99 }, (_, k) => 3 * k + 2));
    // the next unit starts with an empty stack
    expect(run('见《算法导论》与（附录）。')).toEqual([]);
    expect(run('》开头就关闭。').map((x) => x.target?.text)).toEqual(['》']);
  });

  it('returns nothing for an empty target', () => {
    expect(run('')).toEqual([]);
  });
});

describe('brackets in LaTeX math', () => {
  it('ignores brackets inside $…$ but still checks the text around it', () => {
    expect(run('我们证明了$\\Omega(p\\cdot m$的下界。')).toEqual([]);
    expect(run('我们证明了$\\Omega(p)$的下界（见附录。').map((x) => x.target?.text)).toEqual(['（']);
  });
});
