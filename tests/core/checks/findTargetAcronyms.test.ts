import { describe, expect, it } from 'vitest';
import { expansionBoundaries, findTargetAcronyms } from '../../../src/core/checks/term/findTargetAcronyms';
import { targetSpans } from '../../../src/core/checks/util/unitCache';

describe('findTargetAcronyms', () => {
  it('finds an acronym in full-width or ASCII brackets right after Chinese, plural s dropped', () => {
    expect(findTargetAcronyms('我们提出分布式探索安全训练算法（DESTA）。')).toEqual([{ acronym: 'DESTA', bracket: 15, runStart: 0 }]);
    expect(findTargetAcronyms('图神经网络 (GNNs) 在此任务上表现良好')).toEqual([{ acronym: 'GNN', bracket: 5, runStart: 0 }]);
    expect(findTargetAcronyms('基于模型（ CNN-LSTM ）的方法')).toEqual([{ acronym: 'CNN-LSTM', bracket: 4, runStart: 0 }]);
  });

  it('takes the shortest group that a closing bracket follows, with its s when that works', () => {
    expect(findTargetAcronyms('自治系统（ASs）')).toEqual([{ acronym: 'AS', bracket: 4, runStart: 0 }]);
    expect(findTargetAcronyms('大语言模型（LLMs）与小模型（SLM）')).toEqual([
      { acronym: 'LLM', bracket: 5, runStart: 0 },
      { acronym: 'SLM', bracket: 15, runStart: 11 },
    ]);
  });

  it('ignores one capital, a run over twelve characters, brackets after Latin text or after another bracket', () => {
    expect(findTargetAcronyms('方法(A)很简单')).toEqual([]);
    expect(findTargetAcronyms('方法(ABCDEFGHIJKLM)很简单')).toEqual([]);
    expect(findTargetAcronyms('the model (GNN) 很强')).toEqual([]);
    expect(findTargetAcronyms('两次((DESTA))')).toEqual([]);
    expect(findTargetAcronyms('没有括号的句子。')).toEqual([]);
  });

  it('reads every opening bracket in turn: spaces of any width, a hyphen, a bracket left open before a good one', () => {
    expect(findTargetAcronyms('生成对抗网络（\u3000GAN\u3000）和（未闭合的括号与变分自编码器（VAEs）')).toEqual([
      { acronym: 'GAN', bracket: 6, runStart: 0 },
      { acronym: 'VAE', bracket: 28, runStart: 15 },
    ]);
    expect(findTargetAcronyms('长短期记忆(LSTM-CRF)模型和（Gs）')).toEqual([{ acronym: 'LSTM-CRF', bracket: 5, runStart: 0 }]);
  });

  it('marks as expansion starts the run start, the place after a function character and the ends of termbase hits in the run', () => {
    // 我们称为分配探索安全培训算法（DESTA）: run 0–13 (称 and 为 are function characters), hits 分配 4–6 and 培训 10–12
    const text = '我们称为分配探索安全培训算法（DESTA）';
    const b = expansionBoundaries(text, 0, 14, [{ start: 4, end: 6 }, { start: 10, end: 12 }, { start: 20, end: 22 }]);
    const marked = [...Array(16).keys()].filter((i) => b.has(i));
    expect(marked).toEqual([0, 3, 4, 6, 10, 12]); // 3: after 称
    expect(b.has(-1)).toBe(false);
  });
});

describe('findTargetAcronyms from the target split marks', () => {
  // what the acronym check passes: the opening brackets read from the split's marks instead of searched
  const marksOf = (target: string) => targetSpans({ id: 't', source: '', target }).marks;

  it('finds the same acronyms as the search, on real-looking targets', () => {
    const targets = [
      '我们提出分布式探索安全训练算法（DESTA）。在RL (强化学习)中，图神经网络 (GNNs) 表现良好，见(Smith, 2020)。',
      '生成对抗网络（\u3000GAN\u3000）和（未闭合的括号与变分自编码器（VAEs）',
      '长短期记忆(LSTM-CRF)模型和（Gs）以及“大语言模型（LLMs）”、【注】小模型（SLM）。',
      '没有括号的句子。',
    ];
    for (const t of targets) expect(findTargetAcronyms(t, marksOf(t))).toEqual(findTargetAcronyms(t));
  });

  it('finds the same acronyms as the search on 3,000 generated targets', () => {
    const pieces = ['（', '(', '）', ')', ' ', 'GAN', 'DESTA', 'LLMs', 'CNN-LSTM', 'A', 's', '算法', '网络', '的', '，', '。', 'RL', '“', '”', '3', 'x'];
    let seed = 11;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    let found = 0;
    for (let n = 0; n < 3000; n++) {
      let t = '';
      const len = 2 + Math.floor(next() * 14);
      for (let k = 0; k < len; k++) {
        // a likely acronym in brackets now and then, the rest piece by piece
        if (next() < 0.15) t += `网络${next() < 0.5 ? '（' : ' ('}${pieces[5 + Math.floor(next() * 5)]}${next() < 0.5 ? '）' : ')'}`;
        else t += pieces[Math.floor(next() * pieces.length)];
      }
      const expected = findTargetAcronyms(t);
      found += expected.length;
      expect(findTargetAcronyms(t, marksOf(t))).toEqual(expected);
    }
    expect(found).toBeGreaterThan(1000);
  });
});
