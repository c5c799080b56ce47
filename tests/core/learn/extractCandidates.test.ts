import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinTermbase, compileGlossary } from '../../../src/core/glossary';
import { miniTermbase } from './miniTermbase';
import { candidateToConcept, extractCandidates, termChanges, type Correction } from '../../../src/core/learn';

// Hand-written units in the style of the seed's DESTA and GPIA blocks.
const desta: Correction = {
  unitId: 'desta-1',
  source:
    'We propose the Distributive Exploration Safety Training Algorithm (DESTA) for safe reinforcement learning. ' +
    'One agent maximizes the reward while the other minimizes safety violations during training.',
  mt: '我们提出了分配探索安全培训算法(DESTA),用于安全强化学习。一个代理最大化奖励,另一个在培训期间最小化安全违规。',
  corrected: '我们提出了分布式探索安全训练算法（DESTA），用于安全强化学习。一个代理最大化奖励，另一个在训练期间最小化安全违规。',
  reviewer: 'li',
  date: '2026-11-20',
};
const gpia: Correction = {
  unitId: 'gpia-1',
  source: 'Graph neural networks leak sensitive properties of their training data. We study group property inference attacks.',
  mt: '图神经网络会泄露其培训数据的敏感属性。我们研究群体属性推断攻击。',
  corrected: '图神经网络会泄露其训练数据的敏感属性。我们研究群体属性推断攻击。',
  reviewer: 'wang',
  date: '2026-11-21',
};

describe('extractCandidates: terminology changes become candidates', () => {
  it('培训→训练 in two units gives one candidate "training → 训练 (forbidden 培训)" with 2 pieces of evidence, without a termbase', () => {
    const cands = extractCandidates([desta, gpia]);
    const training = cands.filter((c) => c.right === '训练');
    expect(training).toHaveLength(1);
    expect(training[0]).toMatchObject({
      en: 'training',
      wrong: '培训',
      right: '训练',
      count: 2,
      occurrences: 3,
      evidence: ['desta-1', 'gpia-1'],
      reviewers: ['li', 'wang'],
      dates: ['2026-11-20', '2026-11-21'],
      via: 'cooccurrence',
    });
    expect(training[0].conflict).toBeUndefined();
    // It is the strongest candidate: listed first.
    expect(cands[0].right).toBe('训练');
  });

  it('links the English through the termbase when one is given', () => {
    const g = compileGlossary([miniTermbase]);
    const cands = extractCandidates([desta, gpia], g);
    expect(cands.find((c) => c.wrong === '培训')).toMatchObject({ en: 'training', right: '训练', count: 2, via: 'termbase', conceptId: 't.training' });
    expect(cands.find((c) => c.wrong === '分配')).toMatchObject({ en: 'distributive', right: '分布式', count: 1, via: 'termbase', conceptId: 't.distributive' });
  });

  it('leaves the English empty with alternatives when one unit cannot tell which word it was', () => {
    const cands = extractCandidates([desta, gpia]);
    const dist = cands.find((c) => c.wrong === '分配')!;
    expect(dist.right).toBe('分布式');
    expect(dist.count).toBe(1);
    expect(dist.en).toBe('');
    expect(dist.via).toBe('none');
    expect(dist.enAlternatives).toContain('Distributive');
  });

  it('takes a name the source spells out literally (Openai Gym → OpenAI Gym)', () => {
    const c = extractCandidates([
      {
        unitId: 'gym',
        source: 'Experiments on OpenAI Gym show that DESTA outperforms leading RL methods.',
        mt: '在Openai Gym上的实验表明,DESTA优于领先的RL方法。',
        corrected: '在OpenAI Gym上的实验表明，DESTA优于领先的RL方法。',
      },
    ]);
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ en: 'OpenAI', wrong: 'Openai', right: 'OpenAI', via: 'literal' });
  });
});

describe('extractCandidates: other edits are not terminology', () => {
  const notTerms: Correction[] = [
    // punctuation and width only
    { unitId: 'p1', source: 'We evaluate DESTA (ours) on Lunar Lander, Frozen Lake.', mt: '我们在Lunar Lander,Frozen Lake上评估DESTA(我们的)。', corrected: '我们在Lunar Lander，Frozen Lake上评估DESTA（我们的）。' },
    // stray space after 。
    { unitId: 'p2', source: 'It converges. It is stable.', mt: '它收敛。 它是稳定的。', corrected: '它收敛。它是稳定的。' },
    // word order: the location phrase moves before the verb
    { unitId: 'w1', source: 'DESTA performs well on Lunar Lander.', mt: 'DESTA表现出色在Lunar Lander上。', corrected: 'DESTA在Lunar Lander上表现出色。' },
    // two words swapped
    { unitId: 'w2', source: 'between the environment and the agent', mt: '在代理和环境之间', corrected: '在环境和代理之间' },
    // function words added or dropped
    { unitId: 'f1', source: 'We propose a new method.', mt: '我们提出了一种新的方法。', corrected: '我们提出一种新方法。' },
    { unitId: 'f2', source: 'The model was trained.', mt: '模型训练。', corrected: '模型被训练了。' },
    // numbers
    { unitId: 'n1', source: 'In 2020 we proposed three methods.', mt: '我们在2019年提出了3种方法。', corrected: '我们在2020年提出了三种方法。' },
    { unitId: 'n2', source: 'Results on CIFAR-100 and 3D point clouds.', mt: '在CIFAR-10和2D点云上的结果。', corrected: '在CIFAR-100和3D点云上的结果。' },
    // a whole clause added (omission fixed), not a term
    { unitId: 'o1', source: 'the superior performance of DESTA over leading RL methods', mt: '领先RL方法的出色表现', corrected: 'DESTA相对领先RL方法的出色表现' },
  ];

  it('proposes nothing for punctuation, spacing, word order, function words, numbers and added clauses', () => {
    expect(extractCandidates(notTerms)).toEqual([]);
    for (const c of notTerms) expect(termChanges(c.mt, c.corrected), c.unitId).toEqual([]);
  });

  it('still finds the one real term change mixed into such edits', () => {
    const mixed: Correction = {
      unitId: 'm1',
      source: 'The agents converge to a stable point in 2020.',
      mt: '代理人会汇合到稳定的点,在2019年。',
      corrected: '代理人会收敛到稳定的点，在2020年。',
    };
    const g = compileGlossary([miniTermbase]);
    const c = extractCandidates([mixed], g);
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ en: 'converge', wrong: '汇合', right: '收敛', via: 'termbase' });
  });
});

describe('extractCandidates: conflicts', () => {
  const a1: Correction = {
    unitId: 'a1',
    source: 'The agent learns a safe policy by trial and error.',
    mt: '代理通过试错学习安全策略。',
    corrected: '智能体通过试错学习安全策略。',
    reviewer: 'li',
  };
  const a2: Correction = {
    unitId: 'a2',
    source: 'Each agent observes the state of the environment.',
    mt: '每个代理观察环境的状态。',
    corrected: '每个主体观察环境的状态。',
    reviewer: 'wang',
  };

  it('marks 代理→智能体 and 代理→主体 by two reviewers as a conflict, and finds "agent" from both units', () => {
    const cands = extractCandidates([a1, a2]);
    expect(cands).toHaveLength(2);
    const zhi = cands.find((c) => c.right === '智能体')!;
    const zhu = cands.find((c) => c.right === '主体')!;
    expect(zhi).toMatchObject({ wrong: '代理', en: 'agent', reviewers: ['li'], conflict: ['主体'] });
    expect(zhu).toMatchObject({ wrong: '代理', en: 'agent', reviewers: ['wang'], conflict: ['智能体'] });
  });

  it('marks different renderings of one English term as a conflict even when the wrong renderings differ', () => {
    const a3: Correction = { ...a2, unitId: 'a3', mt: '每个代理人观察环境的状态。', corrected: '每个主体观察环境的状态。' };
    const g = compileGlossary([miniTermbase]);
    const cands = extractCandidates([a1, a3], g);
    expect(cands.find((c) => c.wrong === '代理')).toMatchObject({ en: 'agent', right: '智能体', conflict: ['主体'] });
    expect(cands.find((c) => c.wrong === '代理人')).toMatchObject({ en: 'agent', right: '主体', conflict: ['智能体'] });
  });

  it('does not mark agreeing reviewers as a conflict', () => {
    const same = extractCandidates([a1, { ...a2, corrected: '每个智能体观察环境的状态。' }]);
    expect(same).toHaveLength(1);
    expect(same[0]).toMatchObject({ en: 'agent', wrong: '代理', right: '智能体', count: 2, reviewers: ['li', 'wang'] });
    expect(same[0].conflict).toBeUndefined();
  });
});

describe('extractCandidates on the seed (target-only review, built-in termbase)', () => {
  const seed = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../seeds/000_2c0d154558004bfd.txt'), 'utf8').split('\n');
  const desta = seed.find((l) => l.includes('DESTA'))!;
  const gpia = seed.find((l) => l.includes('GPIA'))!;

  it('培训→训练 in the DESTA and GPIA blocks gives "training → 训练 (forbidden 培训)" with 2 pieces of evidence', () => {
    const corrections: Correction[] = [
      { unitId: '1', source: '', mt: desta, corrected: desta.replace('培训算法', '训练算法'), reviewer: 'li', date: '2026-11-28' },
      { unitId: '2', source: '', mt: gpia, corrected: gpia.replace('培训数据', '训练数据'), reviewer: 'li', date: '2026-11-28' },
    ];
    const cands = extractCandidates(corrections, compileGlossary([builtinTermbase()]));
    expect(cands).toHaveLength(1);
    expect(cands[0]).toMatchObject({ en: 'training', wrong: '培训', right: '训练', count: 2, evidence: ['1', '2'], via: 'termbase', known: true });
  });

  it('without a termbase and without sources, the candidate still appears, its English left to the reviewer', () => {
    const c = extractCandidates([
      { unitId: '1', source: '', mt: desta, corrected: desta.replace('培训算法', '训练算法') },
      { unitId: '2', source: '', mt: gpia, corrected: gpia.replace('培训数据', '训练数据') },
    ]);
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ en: '', wrong: '培训', right: '训练', count: 2, via: 'none' });
  });
});

describe('candidateToConcept', () => {
  it('turns an approved candidate into a learned termbase concept with provenance', () => {
    const [c] = extractCandidates([desta, gpia]).filter((x) => x.right === '训练');
    expect(candidateToConcept(c)).toEqual({
      id: 'learned.training',
      en: [{ text: 'training' }],
      zh: [
        { text: '训练', status: 'preferred' },
        { text: '培训', status: 'forbidden' },
      ],
      provenance: { origin: 'learned', evidence: ['desta-1', 'gpia-1'], author: 'li, wang', date: '2026-11-21' },
    });
  });

  it('refuses a candidate without English, or with a punctuation-only rendering, saying what to do', () => {
    const [dist] = extractCandidates([desta, gpia]).filter((x) => x.wrong === '分配');
    expect(() => candidateToConcept(dist)).toThrow(/no English term yet: enter the English term/);
    expect(() => candidateToConcept({ ...dist, en: 'distributive', right: '，' })).toThrow(/only punctuation or spaces/);
    expect(candidateToConcept({ ...dist, en: 'distributive' }).id).toBe('learned.distributive');
  });
});
