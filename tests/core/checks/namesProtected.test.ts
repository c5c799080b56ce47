import { describe, expect, it } from 'vitest';
import type { CheckUnit } from '../../../src/core/checks/Check';
import { namesProtected } from '../../../src/core/checks/namesProtected';
import { compileGlossary } from '../../../src/core/glossary';
import { testTermbase } from '../glossary/matcherTermbase';

const glossary = compileGlossary([testTermbase()]);
const run = (source: string, target: string, c: { glossary?: unknown; document?: { units: CheckUnit[] } } = { glossary }) =>
  namesProtected.run({ id: 'u1', source, target }, c);
const spans = (found: ReturnType<typeof run>) => found.map((f) => [f.target!.text, f.suggestion]);

describe('names.protected', () => {
  it('restores the termbase casing of protected names (Openai Gym, Bert, Imagenet)', () => {
    const target = '我们在Openai Gym和Imagenet上评估Bert。';
    const found = run('', target);
    expect(spans(found)).toEqual([['Openai Gym', 'OpenAI Gym'], ['Imagenet', 'ImageNet'], ['Bert', 'BERT']]);
    for (const f of found) expect(target.slice(f.target!.start, f.target!.end)).toBe(f.target!.text);
    expect(found[0]).toMatchObject({ check: 'names.protected', severity: 'minor', mqm: 'Locale conventions/Name' });
  });

  it('lists termbase names and source casings together in target order', () => {
    // the termbase's Openai comes after the source's Deepmind in the target
    const target = '我们使用Deepmind Lab和Openai Gym进行实验。';
    const found = run('We use DeepMind Lab and OpenAI Gym in our experiments.', target);
    expect(spans(found)).toEqual([['Deepmind', 'DeepMind'], ['Openai Gym', 'OpenAI Gym']]);
    for (const f of found) expect(target.slice(f.target!.start, f.target!.end)).toBe(f.target!.text);
  });

  it('flags a corrupted acronym plural: GNNS → GNNs (termbase acronym, or one the document knows)', () => {
    expect(spans(run('', '针对GNNS的攻击'))).toEqual([['GNNS', 'GNNs']]);
    const units = [{ id: 'u0', source: '', target: '我们研究PGD攻击。' }];
    expect(spans(run('', '针对PGDS的攻击', { glossary, document: { units } }))).toEqual([['PGDS', 'PGDs']]);
    expect(run('', '针对PGDS的攻击')).toEqual([]);
    expect(spans(run('', 'PGD很强，针对PGDS的攻击', {}))).toEqual([['PGDS', 'PGDs']]);
  });

  it('leaves names inside URLs and e-mail addresses alone, and flags the same name outside them', () => {
    const source = 'Code: https://github.com/deepmind/mujoco and http://localhost:8080/deepmind, mail deepmind@example.org. We thank DeepMind.';
    expect(run(source, '代码：https://github.com/deepmind/mujoco 与 http://localhost:8080/deepmind，邮件deepmind@example.org。感谢DeepMind。')).toEqual([]);
    expect(spans(run(source, '代码见http://localhost:8080/deepmind。感谢Deepmind。'))).toEqual([['Deepmind', 'DeepMind']]);
  });

  it('takes names and casing from the source', () => {
    const found = run('We fine-tune RoBERTa and evaluate with the MuJoCo simulator.', '我们微调Roberta并用Mujoco模拟器评估。');
    expect(spans(found)).toEqual([['Roberta', 'RoBERTa'], ['Mujoco', 'MuJoCo']]);
  });

  it('leaves correct names alone: Lunar Lander, Frozen Lake, RL, DESTA', () => {
    const target = '我们展示了DESTA在Lunar Lander和OpenAI Gym的Frozen Lake中优于领先的RL方法。';
    expect(run('', target)).toEqual([]);
    expect(run('We show DESTA beats leading RL methods in Lunar Lander and Frozen Lake of OpenAI Gym.', target)).toEqual([]);
  });

  it('accepts a name written exactly as the source writes it', () => {
    expect(run('We fine-tune Bert-style encoders.', '我们微调Bert风格的编码器。')).toEqual([]);
    expect(spans(run('We fine-tune BERT encoders.', '我们微调Bert编码器。'))).toEqual([['Bert', 'BERT']]);
  });

  it('does not treat a capital at the start of a source sentence as a name', () => {
    expect(run('Results are strong. Models improve.', '结果很好，models有所改进。', {})).toEqual([]);
  });
});

describe('names.protected: a target string several termbase entries share', () => {
  // RL is the acronym of one concept and an approved rendering of another, PPO a dnt name and
  // an acronym, TransFormer a dnt name and an approved rendering: whichever entry names
  // something gives the casing, in either order
  const shared = (zhFirst: boolean) =>
    compileGlossary([{
      id: 'shared', name: 'shared', priority: 0,
      concepts: [
        ...(zhFirst ? [{ id: 'rl-term', en: [{ text: 'RL term' }], zh: [{ text: 'RL', status: 'admitted' as const }] }] : []),
        { id: 'rl', en: [{ text: 'reinforcement learning', acronym: 'RL' }], zh: [{ text: '强化学习', status: 'preferred' as const }] },
        ...(zhFirst ? [] : [{ id: 'rl-term', en: [{ text: 'RL term' }], zh: [{ text: 'RL', status: 'admitted' as const }] }]),
        { id: 'ppo-lib', en: [{ text: 'PPO' }], zh: [{ text: 'PPO', status: 'preferred' as const }], dnt: true },
        { id: 'ppo', en: [{ text: 'proximal policy optimization', acronym: 'PPO' }], zh: [{ text: '近端策略优化', status: 'preferred' as const }] },
        ...(zhFirst ? [{ id: 'xfmr', en: [{ text: 'transformer architecture' }], zh: [{ text: 'TransFormer', status: 'admitted' as const }] }] : []),
        { id: 'transformers-lib', en: [{ text: 'TransFormer' }], zh: [{ text: 'TransFormer', status: 'preferred' as const }], dnt: true },
        ...(zhFirst ? [] : [{ id: 'xfmr', en: [{ text: 'transformer architecture' }], zh: [{ text: 'TransFormer', status: 'admitted' as const }] }]),
      ],
    }]);

  it('restores the casing of a shared string written otherwise, whichever entry comes first', () => {
    for (const zhFirst of [true, false]) {
      const g = shared(zhFirst);
      const found = namesProtected.run({ id: 'u1', source: '', target: '我们用Rl训练Transformer智能体，并与Ppo比较。' }, { glossary: g });
      expect(spans(found), `zh entry first: ${zhFirst}`).toEqual([['Rl', 'RL'], ['Transformer', 'TransFormer'], ['Ppo', 'PPO']]);
    }
  });

  it('leaves the shared strings alone when written as the termbase writes them', () => {
    for (const zhFirst of [true, false]) {
      expect(namesProtected.run({ id: 'u1', source: '', target: '我们用RL训练TransFormer智能体，并与PPO比较。' }, { glossary: shared(zhFirst) })).toEqual([]);
    }
  });

  it("accepts the termbase's own form of an acronym whose concept the source holds (OOD for the source's OoD)", () => {
    const g = compileGlossary([testTermbase([
      { id: 'ood', en: [{ text: 'out-of-distribution', acronym: 'OOD' }], zh: [{ text: '分布外', status: 'preferred' }] },
    ])]);
    const source = 'Detecting out-of-distribution (OoD) samples is hard, and OoD detection matters for ViTs.';
    // OOD is how the field writes it: not reported; ViTs lost its casing: reported
    expect(spans(run(source, '检测分布外(OOD)样本很难，而OOD检测对VITS很重要。', { glossary: g }))).toEqual([['VITS', 'ViTs']]);
    // the source's casing is fine too
    expect(run(source, '检测分布外(OoD)样本很难，而OoD检测对ViTs很重要。', { glossary: g })).toEqual([]);
    // without the concept in the source the acronym is not known to mean it: the source's casing decides
    expect(spans(run('Our OoD module is small.', '我们的OOD模块很小。', { glossary: g }))).toEqual([['OOD', 'OoD']]);
    // an all-caps form the termbase does not know stays a finding (PoS, Proof-of-Stake)
    expect(spans(run('PoS protocols such as Ouroboros are studied.', '研究了Ouroboros等POS协议。', { glossary: g }))).toEqual([['POS', 'PoS']]);
  });

  it('does not flag a word after a hyphen title-cased or not (NP-hard/NP-Hard, -chat/-Chat), but flags other casing changes', () => {
    expect(run('Such attacks lead to an NP-hard problem.', '这样的攻击导致了一个NP-Hard优化问题。')).toEqual([]);
    expect(run('We embed watermarks in Llama2-7B-chat outputs.', '我们可以在Llama2-7B-Chat上嵌入水印。')).toEqual([]);
    expect(run('We fine-tune GPT-3.5-Turbo.', '我们微调了GPT-3.5-turbo。')).toEqual([]);
    // a one-letter part, a capital inside a part, or the first part: real differences
    expect(spans(run('We attack ViT-B models.', '我们攻击ViT-b模型。'))).toEqual([['ViT-b', 'ViT-B']]);
    expect(spans(run('A BiLSTM-CRF tagger.', '一个BiLSTM-Crf标注器。'))).toEqual([['BiLSTM-Crf', 'BiLSTM-CRF']]);
    expect(spans(run('We use the BiLSTM tagger.', '我们使用Bilstm标注器。'))).toEqual([['Bilstm', 'BiLSTM']]);
  });
});
