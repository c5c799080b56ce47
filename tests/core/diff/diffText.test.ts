import { describe, expect, it } from 'vitest';
import { chooseDiffMode, diffText, segmentWords, tokensForDiff, type DiffPart } from '../../../src/core/diff';

const side = (parts: DiffPart[], keep: 'delete' | 'insert') => parts.filter((p) => p.op === 'equal' || p.op === keep).map((p) => p.text).join('');

describe('diffText, word level', () => {
  const mt = '我们提出了分配探索安全培训算法(DESTA),用于培训RL政策。';
  const cur = '我们提出了分布式探索安全训练算法（DESTA），用于训练RL策略。';

  it('replaces whole Chinese words (培训 → 训练), never half a word', () => {
    const parts = diffText(mt, cur, 'word');
    expect(parts).toContainEqual({ op: 'delete', text: '培训' });
    expect(parts).toContainEqual({ op: 'insert', text: '训练' });
    expect(parts).toContainEqual({ op: 'delete', text: '政策' });
    expect(parts).toContainEqual({ op: 'insert', text: '策略' });
    // No part splits 训练 into 训 + 练.
    expect(parts.some((p) => p.op !== 'equal' && (p.text === '训' || p.text === '练'))).toBe(false);
  });

  it('shows the deletion before the insertion and rebuilds both texts', () => {
    const parts = diffText(mt, cur, 'word');
    const i = parts.findIndex((p) => p.text === '培训');
    expect(parts[i + 1]).toEqual({ op: 'insert', text: '训练' });
    expect(side(parts, 'delete')).toBe(mt);
    expect(side(parts, 'insert')).toBe(cur);
    for (let k = 1; k < parts.length; k++) expect(parts[k].op === parts[k - 1].op).toBe(false);
  });

  it('returns one equal part for unchanged text and nothing for two empty texts', () => {
    expect(diffText('训练数据', '训练数据')).toEqual([{ op: 'equal', text: '训练数据' }]);
    expect(diffText('', '')).toEqual([]);
    expect(diffText('', '训练')).toEqual([{ op: 'insert', text: '训练' }]);
  });
});

describe('diffText, character level', () => {
  it('marks only the changed letters of a name', () => {
    const parts = diffText('在Openai Gym上', '在OpenAI Gym上', 'char');
    expect(parts.filter((p) => p.op !== 'equal').map((p) => p.text).sort()).toEqual(['AI', 'ai']);
    expect(side(parts, 'insert')).toBe('在OpenAI Gym上');
  });
});

describe('chooseDiffMode', () => {
  it('picks characters for small edits inside words', () => {
    expect(chooseDiffMode('在Openai Gym上', '在OpenAI Gym上')).toBe('char');
    expect(chooseDiffMode('针对GNNS的攻击', '针对GNNs的攻击')).toBe('char');
    expect(chooseDiffMode('两种自适应代理人之间', '两种自适应代理之间')).toBe('char');
  });
  it('picks words for Chinese word replacements and for pure insertions', () => {
    expect(chooseDiffMode('用于培训RL政策', '用于训练RL策略')).toBe('word');
    expect(chooseDiffMode('在任何其他州', '在任何其他状态')).toBe('word');
    expect(chooseDiffMode('领先RL方法的出色表现', 'DESTA相对领先RL方法的出色表现')).toBe('word');
    expect(diffText('用于培训RL政策', '用于训练RL策略')).toContainEqual({ op: 'delete', text: '培训' });
  });
});

describe('segmentWords', () => {
  it('keeps every character, spaces and punctuation included', () => {
    const text = '在 Lunar Lander 和 Frozen Lake 上，DESTA 表现出色。';
    expect(segmentWords(text).join('')).toBe(text);
    expect(segmentWords('分配探索安全培训算法')).toContain('培训');
  });
});

describe('tokensForDiff', () => {
  it('keeps unchanged sentences whole and segments only the changed one', () => {
    const a = '强化学习涉及探索性动作。我们提出了分配探索安全培训算法。DESTA会汇合到稳定的点。';
    const b = '强化学习涉及探索性动作。我们提出了分布式探索安全训练算法。DESTA会汇合到稳定的点。';
    const [ta, tb] = tokensForDiff(a, b);
    expect(ta.join('')).toBe(a);
    expect(tb.join('')).toBe(b);
    expect(ta[0]).toBe('强化学习涉及探索性动作。');
    expect(ta[ta.length - 1]).toBe('DESTA会汇合到稳定的点。');
    expect(ta).toContain('培训');
    expect(tb).toContain('训练');
    expect(diffText(a, b, 'word').filter((p) => p.op !== 'equal').map((p) => p.text)).toEqual(['分配', '分布式', '培训', '训练']);
  });
});
