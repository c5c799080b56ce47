import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../../src/core/glossary';
import { miniTermbase } from '../learn/miniTermbase';
import { concordance, consistencyReport, planRenderingFix, type ConcordanceUnit } from '../../../src/core/concordance';

const g = compileGlossary([miniTermbase]);

const units: ConcordanceUnit[] = [
  {
    id: 'u1',
    documentId: 'desta',
    source: 'We pre-train a safe policy. The policies are then fine-tuned in Lunar Lander.',
    target: '我们预训练一个安全政策。然后在Lunar Lander中对这些策略进行微调。',
  },
  {
    id: 'u2',
    documentId: 'desta',
    source: 'Each agent follows its own policy. The agents play a game.',
    target: '每个代理都遵循自己的政策。代理人进行一场游戏。',
  },
  {
    id: 'u3',
    documentId: 'gpia',
    source: 'An attacker infers properties of the training data.',
    target: '攻击者推断培训数据的属性。',
  },
  {
    id: 'u4',
    documentId: 'gpia',
    source: 'The intelligent agent learns a policy from rewards.',
    target: '智能体从奖励中学习策略。',
  },
  { id: 'u5', documentId: 'gpia', source: 'Results on graphs are reported.', target: '报告了在图上的结果。' },
];

describe('concordance, English query with a termbase', () => {
  it('finds every inflection of "policy" and groups the lines by the rendering in the aligned sentence', () => {
    const r = concordance(units, 'policy', g);
    expect(r.lang).toBe('en');
    expect(r.conceptIds).toEqual(['t.policy']);
    expect(r.groupedBy).toBe('termbase');
    expect(r.total).toBe(4);
    expect(r.groups.map((x) => [x.rendering, x.status, x.count])).toEqual([
      ['政策', 'forbidden', 2],
      ['策略', 'preferred', 2],
    ]);
    const u1 = r.groups.flatMap((x) => x.lines).filter((l) => l.unitId === 'u1');
    expect(u1.map((l) => [l.match, l.rendering])).toEqual([
      ['policy', '政策'],
      ['policies', '策略'],
    ]);
    // KWIC: left + match + right is a slice of the source; the aligned sentence pair is attached.
    const first = u1[0];
    expect(units[0].source.slice(first.start - first.left.length, first.end + first.right.length)).toBe(first.left + first.match + first.right);
    expect(first.sourceSentence.text).toBe('We pre-train a safe policy.');
    expect(first.targetSentence.text).toBe('我们预训练一个安全政策。');
    expect(first.documentId).toBe('desta');
    expect(units[0].target.slice(first.renderingSpan!.start, first.renderingSpan!.end)).toBe('政策');
  });

  it('groups "agent" into 代理, 代理人 and 智能体, and finds nothing for an absent term', () => {
    const r = concordance(units, 'agent', g);
    expect(r.groups.map((x) => [x.rendering, x.count]).sort()).toEqual([
      ['代理', 1],
      ['代理人', 1],
      ['智能体', 1],
    ]);
    expect(concordance(units, 'transformer', g).total).toBe(0);
    expect(concordance(units, '   ', g).total).toBe(0);
  });
});

describe('concordance, Chinese query', () => {
  it('finds 培训 in targets and names the English it renders there', () => {
    const r = concordance(units, '培训', g);
    expect(r.lang).toBe('zh');
    expect(r.total).toBe(1);
    expect(r.groups[0]).toMatchObject({ rendering: 'training', status: 'forbidden', count: 1 });
    expect(r.groups[0].lines[0]).toMatchObject({ unitId: 'u3', side: 'target', match: '培训', left: '攻击者推断', right: '数据的属性。' });
  });

  it('finds substrings without a termbase in one ungrouped list', () => {
    const r = concordance(units, '策略', null);
    expect(r.total).toBe(2);
    expect(r.groupedBy).toBe('none');
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0].lines.map((l) => l.unitId)).toEqual(['u1', 'u4']);
  });
});

describe('concordance, English query without a termbase', () => {
  it('spots the renderings by co-occurrence', () => {
    const more: ConcordanceUnit[] = [
      ...units,
      { id: 'u6', source: 'A safe policy is learned.', target: '学习了一个安全的策略。' },
      { id: 'u7', source: 'The reward is sparse.', target: '奖励是稀疏的。' },
      { id: 'u8', source: 'Rewards shape the value.', target: '奖励塑造了价值。' },
    ];
    const r = concordance(more, 'policies', null);
    expect(r.total).toBe(5);
    expect(r.groupedBy).toBe('spotting');
    const byRendering = Object.fromEntries(r.groups.map((x) => [x.rendering, x.count]));
    expect(byRendering['策略']).toBe(3);
    expect(byRendering['政策']).toBe(2);
  });
});

describe('consistencyReport', () => {
  it('lists concepts rendered more than one way, with counts and units', () => {
    const rep = consistencyReport(units, g);
    const ids = rep.map((e) => e.conceptId);
    expect(ids).toContain('t.policy');
    expect(ids).toContain('t.agent');
    const policy = rep.find((e) => e.conceptId === 't.policy')!;
    expect(policy.preferred).toBe('策略');
    expect(policy.renderings.map((r) => [r.text, r.status, r.count, r.unitIds])).toEqual([
      ['政策', 'forbidden', 2, ['u1', 'u2']],
      ['策略', 'preferred', 2, ['u1', 'u4']],
    ]);
    const agent = rep.find((e) => e.conceptId === 't.agent')!;
    expect(agent.renderings.map((r) => r.text).sort()).toEqual(['代理', '代理人', '智能体']);
  });

  it('does not list a concept rendered one way only', () => {
    const rep = consistencyReport(units, g);
    // "training" appears once (培训) and "game" once (游戏): one rendering each.
    expect(rep.map((e) => e.conceptId)).not.toContain('t.training');
    expect(rep.map((e) => e.conceptId)).not.toContain('t.game');
    expect(consistencyReport([units[3]], g)).toEqual([]);
  });
});

describe('planRenderingFix', () => {
  it('replaces every 政策 rendering of "policy" with 策略, unit by unit, for a preview', () => {
    const r = concordance(units, 'policy', g);
    const wrong = r.groups.find((x) => x.rendering === '政策')!;
    const plan = planRenderingFix(units, wrong.lines, '策略');
    expect(plan.map((p) => p.unitId)).toEqual(['u1', 'u2']);
    expect(plan[0].after).toBe('我们预训练一个安全策略。然后在Lunar Lander中对这些策略进行微调。');
    expect(plan[1].after).toBe('每个代理都遵循自己的策略。代理人进行一场游戏。');
    expect(plan[0].changes).toEqual([{ start: 9, end: 11, from: '政策', to: '策略' }]);
  });

  it('skips lines whose target changed since the search, and lines already right', () => {
    const r = concordance(units, 'policy', g);
    const wrong = r.groups.find((x) => x.rendering === '政策')!;
    const edited = units.map((u) => (u.id === 'u2' ? { ...u, target: '每个智能体都遵循自己的策略。代理人进行一场博弈。' } : u));
    expect(planRenderingFix(edited, wrong.lines, '策略').map((p) => p.unitId)).toEqual(['u1']);
    const right = r.groups.find((x) => x.rendering === '策略')!;
    expect(planRenderingFix(units, right.lines, '策略')).toEqual([]);
  });
});

describe('concordance, Chinese query without a termbase', () => {
  it('groups 代理 by the English it renders: agent or surrogate', () => {
    const corpus: ConcordanceUnit[] = [
      { id: 'a1', source: 'The agent explores the environment.', target: '代理探索环境。' },
      { id: 'a2', source: 'An agent receives a reward.', target: '代理获得奖励。' },
      { id: 'a3', source: 'Each agent acts independently.', target: '每个代理独立行动。' },
      { id: 's1', source: 'We train a surrogate model first.', target: '我们首先训练代理模型。' },
      { id: 's2', source: 'The surrogate model mimics the victim.', target: '代理模型模仿受害者模型。' },
      { id: 'b1', source: 'The environment is stochastic.', target: '环境是随机的。' },
      { id: 'b2', source: 'We train a classifier.', target: '我们训练一个分类器。' },
      { id: 'b3', source: 'The victim model is a classifier.', target: '受害者模型是一个分类器。' },
      { id: 'b4', source: 'A reward is given.', target: '给出奖励。' },
    ];
    const r = concordance(corpus, '代理', null);
    expect(r.groupedBy).toBe('spotting');
    const by = Object.fromEntries(r.groups.map((x) => [x.rendering, x.lines.map((l) => l.unitId)]));
    expect(by.agent).toEqual(['a1', 'a2', 'a3']);
    expect(Object.entries(by).find(([k]) => k.startsWith('surrogate'))?.[1]).toEqual(['s1', 's2']);
  });
});
