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

describe('brackets around broken MT maths', () => {
  it('does not flag a balanced pair whose partner a lone $, \\$ or 美元 hid in a maths range', () => {
    // 美元 replaced the closing $: the $ before T opens a range that swallows nothing but hides "("
    expect(run('我们获得了最先进的结果($T=100美元，没有重启)。')).toEqual([]);
    // a lone $ before 8/225's bracket pair
    expect(run('差异可能高达$12.5\\$，平均$L3$($8/225$)的扰动。')).toEqual([]);
    expect(run('转换为低精度数字(例如$，8位整数)。')).toEqual([]);
    expect(run('我们将其描述为一个$-扰动马尔可夫决策过程($-MDP)。')).toEqual([]);
  });

  it('still flags a bracket unpaired both with and without the maths ranges', () => {
    expect(run('结果($T=100美元，没有重启。').map((x) => x.target?.text)).toEqual(['(']);
    expect(run('我们证明了$\\Omega(p)$的下界（见附录。').map((x) => x.target?.text)).toEqual(['（']);
  });
});

describe('brackets mirrored from the source', () => {
  const withSource = (source: string, target: string) => brackets.run({ id: 'u1', source, target }, {});

  it('does not flag a bracket the source leaves unpaired the same way', () => {
    expect(withSource('(For reproducibility of the results, the code of the testbed is on GitHub.', '(对于结果的重现性，可以在我们的GitHub存储库中找到试验台的代码。')).toEqual([]);
    expect(withSource('Most work focuses on AT with a single type of perturbation e.g., the $\\ell_\\infty$ attacks), but DNNs face more.', '大多数工作都集中在单一类型扰动的AT上，例如$\\ell_\\infty$攻击)，但是DNN面临更多威胁。')).toEqual([]);
  });

  it('still flags a bracket the source pairs, and one more than the source leaves open', () => {
    expect(withSource('(For reproducibility) the code is on GitHub.', '(对于结果的重现性，代码在GitHub上。').map((x) => x.target?.text)).toEqual(['(']);
    // the source's "i)-iii)" are enumerators; the target's extra ")" is not
    expect(withSource('a survey of GANs for i)-iii) above.', '上述(I)-(Iii))关于遗传算法的文献综述。').map((x) => x.target?.text)).toEqual([')']);
    expect(withSource('(first note. (second note.', '(第一个注释。(第二个注释。（第三个。').map((x) => x.target?.text)).toEqual(['（']);
  });
});

describe('brackets: enumerators and cut-off targets', () => {
  it('reads a number glued to a name as an enumerator when the next one follows', () => {
    expect(run('PWCF1)在不需要调整超参数的情况下找到解，2)可以处理一般攻击模型。')).toEqual([]);
    // no "2)" after it: a stray closer after a model name
    expect(run('我们使用ResNet50)作为主干网络。').map((x) => x.target?.text)).toEqual([')']);
  });

  it('reports the brackets left open by a target that stops mid-sentence once', () => {
    const f = run('我们证明了下界。对手可以使期望输出至少增加$\\Omega(p\\cdot\\mathm{var}[f(\\mam');
    expect(f).toHaveLength(1);
    expect(f[0].target?.text).toBe('(');
    expect(f[0].message).toContain('"(", "[", "(" are never closed');
    expect(f[0].message).toContain('cut off');
    // a complete sentence with two unclosed brackets: each is its own finding
    expect(run('我们证明了下界（见附录【第三节。').map((x) => x.target?.text)).toEqual(['（', '【']);
  });
});

describe('brackets: a quotation mark inside a word', () => {
  it('says a lone quote inside a name is a garbled letter, not a quotation to close', () => {
    const f = run('当回归函数属于α-H“老类时，估计量能够达到极小极大最优收敛速度。');
    expect(f).toHaveLength(1);
    expect(f[0].target?.text).toBe('“');
    expect(f[0].message).toContain('sits inside a word ("α-H“老类时")');
    expect(f[0].message).toContain('garbled letter of a name');
    // an ordinary unclosed quote after a word keeps the usual message
    const g = run('我们发布了一个开源的测试平台“DiagnoseAdv');
    expect(g[0].message).toBe('"“" is never closed: add the matching "”" or remove it.');
  });
});
