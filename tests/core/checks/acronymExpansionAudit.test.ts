import { describe, expect, it } from 'vitest';
import { acronymExpansion } from '../../../src/core/checks/acronymExpansion';
import { builtinTermbase, compileGlossary, type Concept } from '../../../src/core/glossary';
import { testTermbase } from '../glossary/matcherTermbase';

// The false positives of the precision audit of real MT (session 8), each beside the true
// positive of the same shape.
const concepts: Concept[] = [
  { id: 'plm', en: [{ text: 'pre-trained language model', variants: ['pre-trained language models'], acronym: 'PLM' }], zh: [{ text: '预训练语言模型', status: 'preferred' }] },
  { id: 'gan', en: [{ text: 'generative adversarial network', acronym: 'GAN' }], zh: [{ text: '生成对抗网络', status: 'preferred' }, { text: '产生式对抗网络', status: 'forbidden' }] },
  { id: 'fgsm', en: [{ text: 'fast gradient sign method', acronym: 'FGSM' }], zh: [{ text: '快速梯度符号方法', status: 'preferred' }, { text: '快速梯度符号法', status: 'admitted' }] },
  { id: 'federated', en: [{ text: 'federated' }], zh: [{ text: '联邦', status: 'preferred' }, { text: '联合', status: 'forbidden' }] },
  { id: 'ai', en: [{ text: 'artificial intelligence', acronym: 'AI' }], zh: [{ text: '人工智能', status: 'preferred' }] },
  { id: 'attack', en: [{ text: 'attack', variants: ['attacks'] }], zh: [{ text: '攻击', status: 'preferred' }] },
  { id: 'in-distribution', en: [{ text: 'in-distribution' }], zh: [{ text: '分布内', status: 'preferred' }] },
  { id: 'noise', en: [{ text: 'noise' }], zh: [{ text: '噪声', status: 'preferred' }] },
  { id: 'contrastive', en: [{ text: 'contrastive learning' }], zh: [{ text: '对比学习', status: 'preferred' }] },
  { id: 'black-box', en: [{ text: 'black-box' }], zh: [{ text: '黑盒', status: 'preferred' }] },
];
const ctx = { glossary: compileGlossary([testTermbase(concepts)]) };
const run = (source: string, target: string) => acronymExpansion.run({ id: 'u', source, target }, ctx);

describe('acronym.expansion: what renders a component', () => {
  it('accepts 的 inside the expansion (预训练的语言模型)', () => {
    const source = 'Models, particularly pre-trained language models (PLMs), are vulnerable.';
    expect(run(source, '模型，特别是预训练的语言模型（PLM），很脆弱。')).toEqual([]);
    expect(run(source, '模型，特别是训练过的语言模型（PLM），很脆弱。')).toHaveLength(1);
  });

  it('accepts a component kept in Latin as the source writes it (联邦GAN for "federated GAN")', () => {
    const source = 'We attack a federated GAN (FedGAN) with poisoned data.';
    expect(run(source, '我们用中毒数据攻击联邦GAN（FedGAN）。')).toEqual([]);
    // another component wrong: reported for it alone
    const [f] = run(source, '我们用中毒数据攻击联合GAN（FedGAN）。');
    expect(f.message).toContain('not 联合');
    expect(f.message).not.toContain('生成对抗网络 is missing');
    // another word of the definition unknown to the termbase (generative): the Latin part is
    // all there is to check, so it does not vouch for the expansion (产生式AI stays reported)
    expect(run('The evolution of Generative AI (GenAI) models is fast.', '产生式AI（GenAI）模式的演变很快。')).toHaveLength(1);
    // the source writes the words out: the Latin acronym is not its wording
    expect(run('We attack a federated generative adversarial network (FedGAN).', '我们攻击联邦GAN（FedGAN）。').map((x) => x.message))
      .toEqual([expect.stringContaining('生成对抗网络 is missing')]);
    // a forbidden rendering of it beside the Latin is still one
    expect(run('We attack a generative adversarial network (GAN).', '我们攻击产生式对抗网络GAN（GAN）。')).toHaveLength(1);
  });

  it('accepts the head word right after the bracket (快速梯度符号方法(FGSM)攻击)', () => {
    const source = 'We attacked the model with a Fast Gradient Sign Method attack (FGSM) to fool it.';
    expect(run(source, '我们利用快速梯度符号方法(FGSM)攻击该模型。')).toEqual([]);
    const [f] = run(source, '我们利用快速梯度符号方法(FGSM)欺骗该模型。');
    expect(f.message).toContain('attack → 攻击 is missing');
  });
});

describe('acronym.expansion: the span', () => {
  it('does not start with 即 or 的', () => {
    const source = 'Methods are tested on the same distribution, i.e. in-distribution (ID) testing.';
    const [f] = run(source, '方法只在相同的分布上测试，即内分布(ID)测试。');
    expect(f.target!.text).toBe('内分布');
    expect(f.suggestion).toBe('分布内');
    expect(run(source, '方法只在相同的分布上测试，即分布内(ID)测试。')).toEqual([]);
  });

  it('takes in a component rendered right before where the reading started (噪声|增强的对比学习)', () => {
    const source = 'We propose a Noise-augmented Contrastive Learning (NCL) framework.';
    expect(run(source, '本文提出了一种噪声增强的对比学习(NCL)框架。')).toEqual([]);
    const [f] = run(source, '本文提出了一种随机增强的对比学习(NCL)框架。');
    expect(f.message).toContain('noise → 噪声 is missing');
  });

  it('reads no acronym outside the sentences aligned with the source definition (a label elsewhere)', () => {
    const source = 'Two threat models are described: a black-box (BB) model and another one. We sort the defenses into five classes.';
    // the second sentence's (BB) labels a technique: not the expansion of black-box
    expect(run(source, '描述了两种威胁模型：一种模型和另一种模型。我们将防御分为五类：黑色(BB)和加密(BB)。')).toEqual([]);
    // in the aligned sentence it is
    const found = run(source, '描述了两种威胁模型：黑色(BB)模型和另一种模型。我们将防御分为五类。');
    expect(found.map((f) => f.target!.text)).toEqual(['黑色']);
  });

  it('uses the sentence alignment when the sentences do not pair up one to one', () => {
    const source = 'Two threat models are described: a black-box (BB) model and another one. We sort the defenses into five classes.';
    expect(run(source, '描述了两种威胁模型。一种是黑色(BB)模型，另一种是别的模型。我们将防御分为五类。').map((f) => f.target!.text)).toEqual(['黑色']);
    expect(run(source, '描述了两种威胁模型。一种是某种模型，另一种是别的模型。我们将防御分为五类：黑色(BB)。')).toEqual([]);
  });

  it('suggests no word twice where two components overlap (群体属性属性推断攻击)', () => {
    const c = { glossary: compileGlossary([builtinTermbase()]) };
    const source = 'We perform the first systematic study of group property inference attacks (GPIA) against GNNs.';
    const found = acronymExpansion.run({ id: 'u', source, target: '我们首次系统地研究了针对GNN的组财产推理攻击(GPIA)。' }, c);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.target!.text.startsWith('的')).toBe(false);
      expect(f.suggestion ?? '').not.toMatch(/(\p{Script=Han}{2,4})\1/u);
    }
  });
});
