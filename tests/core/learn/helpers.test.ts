import { describe, expect, it } from 'vitest';
import { findEnglishPhrase, sentencePairs, termChanges } from '../../../src/core/learn';

describe('sentencePairs', () => {
  it('pairs sentences 1:1 when both sides have the same number, with offsets into the unit', () => {
    const src = 'We propose DESTA, e.g. for Lunar Lander. It converges to a stable point! Results follow.';
    const tgt = '我们提出DESTA，例如用于Lunar Lander。它收敛到稳定点！结果如下。';
    const p = sentencePairs(src, tgt);
    expect(p.map((x) => x.source.text)).toEqual(['We propose DESTA, e.g. for Lunar Lander.', 'It converges to a stable point!', 'Results follow.']);
    expect(p.map((x) => x.target.text)).toEqual(['我们提出DESTA，例如用于Lunar Lander。', '它收敛到稳定点！', '结果如下。']);
    for (const x of p) expect(tgt.slice(x.target.start, x.target.end)).toBe(x.target.text);
  });

  it('falls back to the whole unit when the counts differ', () => {
    const p = sentencePairs('One sentence here. And another one.', '一句话，另一句话。');
    expect(p).toHaveLength(1);
    expect(p[0].source.text).toBe('One sentence here. And another one.');
  });
});

describe('findEnglishPhrase', () => {
  it('matches stemmed, case-folded words and hyphen variants (with the matcher\'s word keys: an -ing noun is its own word)', () => {
    const text = 'Pre-trained agents are trained; the white box setting and Training data.';
    expect(findEnglishPhrase(text, ['train']).map((m) => m.text)).toEqual(['trained']);
    expect(findEnglishPhrase(text, ['training']).map((m) => m.text)).toEqual(['Training']);
    expect(findEnglishPhrase(text, ['agent']).map((m) => m.text)).toEqual(['agents']);
    expect(findEnglishPhrase(text, ['pretrained']).map((m) => m.text)).toEqual(['Pre-trained']);
    expect(findEnglishPhrase(text, ['white-box']).map((m) => m.text)).toEqual(['white box']);
    expect(findEnglishPhrase(text, ['training data', 'training']).map((m) => m.text)).toEqual(['Training data']);
    expect(findEnglishPhrase(text, ['policy'])).toEqual([]);
  });
});

describe('termChanges', () => {
  it('reports spans of each replaced term on both sides', () => {
    const mt = '两种自适应代理人之间的游戏会汇合到稳定的点。';
    const corr = '两种自适应智能体之间的博弈会收敛到稳定的点。';
    const ch = termChanges(mt, corr);
    expect(ch.map((c) => `${c.wrong}→${c.right}`)).toEqual(['代理人→智能体', '游戏→博弈', '汇合→收敛']);
    for (const c of ch) {
      expect(mt.slice(c.mtStart, c.mtEnd)).toBe(c.wrong);
      expect(corr.slice(c.corrStart, c.corrEnd)).toBe(c.right);
    }
  });

  it('ignores a rewritten clause whose words are only moved around', () => {
    expect(termChanges('从而最大程度地违反了安全的行为', '从而违反了安全的行为最大程度地')).toEqual([]);
  });
});

describe('extractCandidates literal names', () => {
  it('does not take Latin context shared by both sides as the English term', async () => {
    const { extractCandidates } = await import('../../../src/core/learn');
    const c = extractCandidates([
      { unitId: 'x1', source: 'We evaluate the GNN policy on Atari.', mt: '我们在Atari上评估GNN政策。', corrected: '我们在Atari上评估GNN-策略。' },
      { unitId: 'x2', source: 'GNNs are fragile.', mt: 'GNNS很脆弱。', corrected: 'GNNs很脆弱。' },
    ]);
    expect(c.find((x) => x.right === '策略')).toMatchObject({ wrong: '政策', en: '', via: 'none' });
    expect(c.find((x) => x.right === 'GNNs')).toMatchObject({ en: 'GNNs', wrong: 'GNNS', via: 'literal' });
  });
});
