import { describe, expect, it } from 'vitest';
import { terminologyNotFollowed } from '../../../src/core/checks/terminologyNotFollowed';
import { compileGlossary } from '../../../src/core/glossary';
import { testTermbase } from '../glossary/matcherTermbase';

const ctx = { glossary: compileGlossary([testTermbase()]) };
const run = (source: string, target: string) => terminologyNotFollowed.run({ id: 'u1', source, target }, ctx);

describe('terminology.not-followed', () => {
  it('flags a source term none of whose approved renderings is in the target', () => {
    const source = 'The agent learns a policy.';
    const found = run(source, '智能体学习一个规则。');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      check: 'terminology.not-followed', severity: 'major', mqm: 'Terminology',
      source: { start: 19, end: 25, text: 'policy' }, suggestion: '策略', termId: 'policy',
    });
    expect(source.slice(19, 25)).toBe('policy');
    expect(found[0].message).toContain('策略');
  });

  it('names each concept\'s own approved renderings in its message, unit after unit', () => {
    const first = run('The agent learns a policy.', '它学习一个规则。');
    expect(first.map((f) => f.termId)).toEqual(['agent', 'policy']);
    expect(first[0].message).toContain('智能体');
    expect(first[0].message).not.toContain('策略');
    expect(first[1].message).toContain('策略');
    expect(first[1].message).not.toContain('智能体');
    const second = run('The state changes.', '情况发生变化。');
    expect(second.map((f) => f.termId)).toEqual(['state']);
    expect(second[0].message).toContain('状态');
    expect(second[0].message).not.toContain('策略');
  });

  it('counts occurrences: twice in the source, once in the target is a finding', () => {
    const found = run('The policy is safe, and the policy is fast.', '该策略是安全的，而且很快。');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'minor', confidence: 'suspect', source: { start: 28, text: 'policy' } });
    expect(found[0].message).toContain('2×');
    expect(run('The policy is safe, and the policy is fast.', '该策略是安全的，该策略也很快。')).toEqual([]);
    // three of four rendered: Chinese drops a repeated term often enough not to report it
    expect(run('The policy, the policy, the policy and the policy.', '策略、策略、策略和它。')).toEqual([]);
  });

  it('accepts any approved rendering and counts the acronym in the target', () => {
    expect(run('accuracy and accuracy', '准确率和精度')).toEqual([]);
    expect(run('Graph neural networks (GNNs) are popular. GNNs are fast. Graph neural networks scale.',
      '图神经网络（GNN）很流行。GNN很快。GNN可扩展。')).toEqual([]);
  });

  it('counts the term, not its acronym: a source that writes only GNN asks for no rendering', () => {
    expect(run('We attack a GNN. The GNN is robust.', '我们攻击一个模型。该模型很稳健。')).toEqual([]);
    const found = run('We attack a graph neural network. The GNN is robust.', '我们攻击一个模型。该模型很稳健。');
    expect(found.map((f) => [f.source!.text, f.severity])).toEqual([['graph neural network', 'major']]);
    expect(found[0].message).not.toContain('2×');
  });

  it('leaves forbidden renderings to terminology.forbidden (no double report)', () => {
    expect(run('The policy is trained.', '该政策经过培训。')).toEqual([]);
  });

  it('does not count 训练 inside 预训练 when the source says pre-trained as well', () => {
    const found = run('The pre-trained model needs more training.', '预训练模型需要更多的练习。');
    expect(found.map((f) => f.source!.text)).toEqual(['training']);
    expect(run('The pre-trained model needs more training.', '预训练模型需要更多的训练。')).toEqual([]);
  });

  it('treats a do-not-translate name as its own rendering', () => {
    expect(run('We evaluate on OpenAI Gym.', '我们在OpenAI Gym上评估。')).toEqual([]);
    expect(run('We evaluate on OpenAI Gym.', '我们在开放人工智能健身房上评估。')).toHaveLength(1);
  });

  it('accepts a rendering of any concept a source word belongs to (samples: sample or sampling)', () => {
    const c = {
      glossary: compileGlossary([testTermbase([
        { id: 'sample', en: [{ text: 'sample', variants: ['samples'] }], zh: [{ text: '样本', status: 'preferred' }] },
        { id: 'sample-verb', en: [{ text: 'sampled', variants: ['samples'] }], zh: [{ text: '采样', status: 'preferred' }] },
      ])]),
    };
    const go = (t: string) => terminologyNotFollowed.run({ id: 'u', source: 'The samples are clean.', target: t }, c);
    expect(go('这些样本是干净的。')).toEqual([]);
    expect(go('这些采样是干净的。')).toEqual([]);
    const none = go('这些数据是干净的。');
    expect(none).toHaveLength(1);
    expect(none[0].suggestion).toBe('样本');
  });

  it('accepts the English term kept as is in the target', () => {
    expect(run('We apply a surrogate model.', '我们应用一个Surrogate Model。')).toEqual([]);
    expect(run('We apply a surrogate model.', '我们应用一个模型。')).toHaveLength(1);
  });

  it('tolerates 的 inside a term and skips generic words', () => {
    const c = {
      glossary: compileGlossary([testTermbase([
        { id: 'model-training', en: [{ text: 'model training' }], zh: [{ text: '模型训练', status: 'preferred' }] },
        { id: 'performance', en: [{ text: 'performance' }], zh: [{ text: '性能', status: 'preferred' }, { text: '表现', status: 'admitted' }], generic: true },
      ])]),
    };
    const go = (source: string, target: string) => terminologyNotFollowed.run({ id: 'u', source, target }, c);
    expect(go('Model training is slow.', '模型的训练很慢。')).toEqual([]);
    expect(go('Model training is slow.', '模型的拟合很慢。').map((f) => f.source!.text)).toEqual(['Model training']);
    expect(go('Its performance is good.', '它的效果很好。')).toEqual([]);
  });

  it('runs only when both sides are present', () => {
    expect(run('', '智能体学习一个规则。')).toEqual([]);
    expect(run('The agent learns a policy.', '')).toEqual([]);
    expect(terminologyNotFollowed.needsSource).toBe(true);
  });
});
