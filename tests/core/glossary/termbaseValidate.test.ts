import { describe, expect, it } from 'vitest';
import type { Concept, Termbase } from '../../../src/core/glossary/Termbase';
import { validateTermbase } from '../../../src/core/glossary/validateTermbase';

const policy: Concept = {
  id: 'rl.policy',
  domain: 'rl',
  en: [{ text: 'policy', variants: ['policies'] }],
  zh: [
    { text: '策略', status: 'preferred' },
    { text: '政策', status: 'forbidden', requiresSourceTerm: true },
  ],
};
const agent: Concept = {
  id: 'rl.agent',
  en: [{ text: 'agent', variants: ['agents'] }],
  zh: [
    { text: '智能体', status: 'preferred' },
    { text: '代理人', status: 'forbidden' },
  ],
};
const gym: Concept = { id: 'name.openai-gym', dnt: true, en: [{ text: 'OpenAI Gym' }], zh: [{ text: 'OpenAI Gym', status: 'preferred' }] };

const tb = (...concepts: Concept[]): Termbase => ({ id: 't', name: 't', priority: 0, concepts });

describe('validateTermbase', () => {
  it('accepts a clean termbase with a do-not-translate name', () => {
    expect(validateTermbase(tb(policy, agent, gym))).toEqual([]);
  });

  it('accepts a severity on a forbidden rendering only, and only minor, major or critical', () => {
    const robust = (zh: Concept['zh']): Concept => ({ id: 'sec.robust', en: [{ text: 'robustness' }], zh: [{ text: '鲁棒性', status: 'preferred' }, ...zh] });
    expect(validateTermbase(tb(robust([{ text: '健壮性', status: 'forbidden', severity: 'minor' }])))).toEqual([]);
    const onApproved = validateTermbase(tb(robust([{ text: '稳健性', status: 'admitted', severity: 'minor' }])));
    expect(onApproved).toEqual([expect.stringMatching(/"稳健性" has a severity but is admitted; only a forbidden rendering has one/)]);
    const unknown = validateTermbase(tb(robust([{ text: '健壮性', status: 'forbidden', severity: 'low' as never }])));
    expect(unknown).toEqual([expect.stringMatching(/severity "low"; use minor, major or critical/)]);
  });

  it('reports duplicate ids', () => {
    const problems = validateTermbase(tb(policy, { ...agent, id: 'rl.policy' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/rl\.policy.*duplicate id/);
  });

  it('reports empty and punctuation-only terms on both sides', () => {
    const bad: Concept = {
      id: 'bad',
      en: [{ text: '  ' }, { text: 'loss', variants: ['——'] }],
      zh: [
        { text: '损失', status: 'preferred' },
        { text: '，。', status: 'forbidden' },
      ],
    };
    const problems = validateTermbase(tb(bad));
    expect(problems.some((p) => /empty/.test(p))).toBe(true);
    expect(problems.some((p) => /"——" is punctuation only/.test(p))).toBe(true);
    expect(problems.some((p) => /"，。" is punctuation only/.test(p))).toBe(true);
  });

  it('reports a concept without approved Chinese, and one with two preferred', () => {
    const onlyForbidden: Concept = { id: 'x.state', en: [{ text: 'state' }], zh: [{ text: '州', status: 'forbidden' }] };
    const twoPreferred: Concept = {
      id: 'x.acc',
      en: [{ text: 'accuracy' }],
      zh: [
        { text: '准确率', status: 'preferred' },
        { text: '精度', status: 'preferred' },
      ],
    };
    const problems = validateTermbase(tb(onlyForbidden, twoPreferred));
    expect(problems).toEqual([
      expect.stringMatching(/x\.state.*no approved Chinese/),
      expect.stringMatching(/x\.acc.*2 preferred/),
    ]);
  });

  it('reports a rendering that is both approved and forbidden in one concept', () => {
    const c: Concept = {
      id: 'dl.training',
      en: [{ text: 'training' }],
      zh: [
        { text: '训练', status: 'preferred' },
        { text: '训练', status: 'forbidden' },
      ],
    };
    const problems = validateTermbase(tb(c));
    expect(problems.some((p) => /"训练" is both approved and forbidden/.test(p))).toBe(true);
  });

  it('reports an English term claimed by two concepts, case-folded, variants included', () => {
    const other: Concept = { id: 'gov.policy', en: [{ text: 'Policies' }], zh: [{ text: '政策', status: 'preferred' }] };
    const problems = validateTermbase(tb(policy, other));
    expect(problems).toEqual([expect.stringMatching(/gov\.policy.*"Policies".*"rl\.policy"/)]);
  });

  it('does not confuse a term with a longer term that contains it', () => {
    const data: Concept = { id: 'dl.training-data', en: [{ text: 'training data' }], zh: [{ text: '训练数据', status: 'preferred' }] };
    const training: Concept = { id: 'dl.training', en: [{ text: 'training' }], zh: [{ text: '训练', status: 'preferred' }] };
    expect(validateTermbase(tb(data, training))).toEqual([]);
  });

  it('requires a do-not-translate name to keep its own spelling as the approved Chinese', () => {
    const bad: Concept = { ...gym, zh: [{ text: 'OpenAI健身房', status: 'preferred' }] };
    expect(validateTermbase(tb(bad))).toEqual([expect.stringMatching(/do-not-translate.*"OpenAI Gym"/)]);
  });

  it('explains a file that is not a termbase at all', () => {
    expect(validateTermbase({} as Termbase)[0]).toMatch(/no "concepts" list/);
  });
});
