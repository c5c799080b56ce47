import { describe, expect, it } from 'vitest';
import { terminologyNotFollowed } from '../../../src/core/checks/terminologyNotFollowed';
import { countSplitRenderings } from '../../../src/core/checks/term/splitRenderings';
import { compileGlossary, type Concept } from '../../../src/core/glossary';
import { testTermbase } from '../glossary/matcherTermbase';

// The false positives of the precision audit of real MT (session 8), each beside the true
// positive of the same shape, on a small termbase of the concepts involved.
const concepts: Concept[] = [
  { id: 'embedding', en: [{ text: 'embedding', variants: ['embeddings'] }], zh: [{ text: '嵌入', status: 'preferred' }] },
  { id: 'node', en: [{ text: 'node', variants: ['nodes'] }], zh: [{ text: '节点', status: 'preferred' }] },
  { id: 'node-embedding', en: [{ text: 'node embedding', variants: ['node embeddings'] }], zh: [{ text: '节点嵌入', status: 'preferred' }] },
  { id: 'adv-attack', en: [{ text: 'adversarial attack', variants: ['adversarial attacks'] }], zh: [
    { text: '对抗攻击', status: 'preferred' }, { text: '对抗性攻击', status: 'admitted' }, { text: '敌意攻击', status: 'forbidden' },
  ] },
  { id: 'adv-example', en: [{ text: 'adversarial example', variants: ['adversarial examples'] }], zh: [
    { text: '对抗样本', status: 'preferred' }, { text: '对抗性样本', status: 'admitted' },
  ] },
  { id: 'hpo', en: [{ text: 'hyperparameter tuning' }], zh: [{ text: '超参数调整', status: 'preferred' }] },
  { id: 'transfer-attack', en: [{ text: 'transfer attack', variants: ['transfer attacks'] }], zh: [{ text: '转移攻击', status: 'preferred' }] },
  { id: 'robust-accuracy', en: [{ text: 'robust accuracy' }], zh: [{ text: '鲁棒准确率', status: 'preferred' }, { text: '鲁棒精度', status: 'admitted' }] },
  { id: 'patch', en: [{ text: 'adversarial patch', variants: ['adversarial patches'] }], zh: [
    { text: '对抗补丁', status: 'preferred' }, { text: '对抗性补丁', status: 'admitted' }, { text: '对手补丁', status: 'forbidden' },
  ] },
  { id: 'transferability', en: [{ text: 'transferability' }, { text: 'transferable' }], zh: [
    { text: '可迁移性', status: 'preferred' }, { text: '可转移性', status: 'admitted' }, { text: '可转移', status: 'admitted' },
  ] },
  { id: 'image-segmentation', en: [{ text: 'image segmentation' }, { text: 'segmentation' }], zh: [{ text: '图像分割', status: 'preferred' }, { text: '分割', status: 'admitted' }] },
  { id: 'q-learning', en: [{ text: 'Q-learning' }], zh: [{ text: 'Q学习', status: 'preferred' }] },
  { id: 'edge', en: [{ text: 'edge', variants: ['edges'] }], zh: [{ text: '边', status: 'preferred' }] },
];
const ctx = { glossary: compileGlossary([testTermbase(concepts)]) };
const run = (source: string, target: string) => terminologyNotFollowed.run({ id: 'u', source, target }, ctx);
const terms = (source: string, target: string) => run(source, target).map((f) => f.termId);

describe('terminology.not-followed: renderings inside a longer string the target has to spare', () => {
  const source = 'We study node embeddings. An attack reads the embeddings of graph nodes.';

  it('counts 嵌入 and 节点 inside the 节点嵌入 that renders "embeddings of graph nodes"', () => {
    expect(terms(source, '我们研究节点嵌入。一种攻击读取图节点嵌入。')).not.toContain('embedding');
    expect(terms(source, '我们研究节点嵌入。一种攻击读取图节点嵌入。')).not.toContain('node');
  });

  it('still reports them when every 节点嵌入 is needed for "node embedding"', () => {
    expect(terms(source, '我们研究节点嵌入。一种攻击读取图的向量。')).toEqual(expect.arrayContaining(['embedding', 'node']));
    // 训练 inside 预训练 for a source that says pre-trained: still not a rendering of "training"
    const c = { glossary: compileGlossary([testTermbase()]) };
    const found = terminologyNotFollowed.run({ id: 'u', source: 'The pre-trained model needs more training.', target: '预训练模型需要更多的练习。' }, c);
    expect(found.map((f) => f.source!.text)).toEqual(['training']);
  });
});

describe('terminology.not-followed: a rendering in two parts', () => {
  it('accepts coordinated modifiers sharing the head noun (对抗性和干净的样本)', () => {
    expect(terms('We align clean and adversarial examples.', '我们对齐对抗性和干净的样本。')).toEqual([]);
    expect(terms('We align clean and adversarial examples.', '我们对齐对抗性与干净样本。')).toEqual([]);
    // the head noun missing, or another clause between: reported
    expect(terms('We align clean and adversarial examples.', '我们对齐对抗性和干净的数据。')).toEqual(['adv-example']);
    expect(terms('We align clean and adversarial examples.', '我们对齐对抗性，和干净样本。')).toEqual(['adv-example']);
  });

  it('accepts verb and object reversed (调整超参数, 将攻击从ALBEF转移)', () => {
    expect(terms('It needs no delicate hyperparameter tuning.', '它不需要精细地调整超参数。')).toEqual([]);
    expect(terms('It improves transfer attacks from ALBEF to TCL.', '它提高了将攻击从ALBEF转移到TCL的成功率。')).toEqual([]);
    expect(terms('It needs no delicate hyperparameter tuning.', '它不需要精细地调整参数。')).toEqual(['hpo']);
  });

  it('does not read two noun phrases as one reversed rendering (精度下界的健壮性, 补丁是…对抗)', () => {
    expect(terms('We bound the robust accuracy.', '我们给出精度下界的鲁棒性。')).toEqual(['robust-accuracy']);
    expect(terms('Adversarial patches are physical.', '补丁是物理世界中实施对抗的形式。')).toEqual(['patch']);
  });

  it('accepts the head right after the attack acronym the source writes before the term (PGD攻击)', () => {
    expect(terms('The model resists PGD adversarial attacks.', '该模型能抵抗PGD攻击。')).toEqual([]);
    // no acronym before the term in the source, or another acronym in the target: reported
    expect(terms('The model resists strong adversarial attacks.', '该模型能抵抗PGD攻击。')).toEqual(['adv-attack']);
    expect(terms('The model resists PGD adversarial attacks.', '该模型能抵抗FGSM攻击。')).toEqual(['adv-attack']);
    // a capitalised name is no acronym (Distribution-Optimized)
    expect(countSplitRenderings('分布优化的补丁', ['对抗补丁'], undefined)).toBe(0);
  });

  it('accepts 可以/能 … verb for an adjective in 可 (可以在所有模型之间转移 for "transferable")', () => {
    const source = 'The examples are transferable across all considered LLMs.';
    expect(terms(source, '这些例子可以在所有考虑的LLM之间转移。')).toEqual([]);
    expect(terms(source, '这些例子能够转移到所有考虑的LLM。')).toEqual([]);
    // no modal, or another clause between: reported
    expect(terms(source, '这些例子在所有考虑的LLM之间转移。')).toEqual(['transferability']);
    expect(terms(source, '这些例子可以，在所有考虑的LLM之间转移。')).toEqual(['transferability']);
    // negated, or the 能 of 可能: reported
    expect(terms(source, '这些例子可能无法在所有考虑的LLM之间转移。')).toEqual(['transferability']);
    expect(terms(source, '这些例子可能在所有考虑的LLM之间转移。')).toEqual(['transferability']);
    // 能 before the rendering itself is not a second rendering
    expect(countSplitRenderings('能生成可转移的样本', ['可转移'], undefined)).toBe(0);
  });

  it('accepts the source\'s hyphen kept between a Latin letter and the Han part (Q-学习)', () => {
    expect(terms('We train agents with deep Q-learning.', '我们用深度Q-学习训练智能体。')).toEqual([]);
    expect(terms('We train agents with deep Q-learning.', '我们用深度Q学习训练智能体。')).toEqual([]);
    expect(terms('We train agents with deep Q-learning.', '我们用深度Q-训练训练智能体。')).toEqual(['q-learning']);
  });

  it('counts one site once whatever the split', () => {
    expect(countSplitRenderings('对抗性和干净的样本', ['对抗性样本', '对抗样本'], undefined)).toBe(1);
    expect(countSplitRenderings('调整超参数和调整超参数', ['超参数调整'], undefined)).toBe(2);
  });
});

describe('terminology.not-followed: which occurrence to check', () => {
  it('points at the occurrence whose sentence lacks the rendering, not the next in order', () => {
    const source = 'Face models are vulnerable to adversarial patches. We craft adversarial patches in the physical world.';
    // the first sentence misses it (对手补丁 is forbidden: counted, reported by terminology.forbidden): no finding
    expect(run(source, '人脸模型容易受到对手补丁的攻击。我们在物理世界中制作对抗性补丁。')).toEqual([]);
    const found = run(source, '人脸模型容易受到补丁的攻击。我们在物理世界中制作对抗性补丁。');
    expect(found).toHaveLength(1);
    expect(found[0].source!.start).toBe(source.indexOf('adversarial patches'));
    expect(found[0].message).toContain('check the 1st occurrence');
    expect(found[0].message).toMatch(/^"adversarial patches" occurs 2×/);
    // the message names the occurrence as the source writes it, and the concept's term when that is another word
    const seg = run('Segmentation models are vulnerable. The segmentation outputs are damaged.', '分段模型很脆弱。分割输出已损坏。');
    expect(seg.map((f) => f.message)).toEqual([expect.stringMatching(/^"Segmentation" \(image segmentation\) occurs 2×.*check the 1st occurrence/)]);
    // the second sentence misses it: the second occurrence
    const second = run(source, '人脸模型容易受到对抗性补丁的攻击。我们在物理世界中制作补丁。');
    expect(second[0].source!.start).toBe(source.lastIndexOf('adversarial patches'));
    expect(second[0].message).toContain('check the 2nd occurrence');
  });
});

describe('terminology.not-followed: which occurrence to check, sentences not one to one', () => {
  it('takes the relative place in the text when the sentences do not pair up one to one', () => {
    const source = 'Face models are vulnerable to adversarial patches. We craft adversarial patches in the physical world.';
    // three target sentences for two: no diagonal pairing
    const first = run(source, '人脸模型很脆弱。它们容易受到补丁的攻击。我们在物理世界中制作对抗性补丁。');
    expect(first.map((f) => f.source!.start)).toEqual([source.indexOf('adversarial patches')]);
    const second = run(source, '人脸模型很脆弱。它们容易受到对抗性补丁的攻击。我们在物理世界中制作补丁。');
    expect(second.map((f) => f.source!.start)).toEqual([source.lastIndexOf('adversarial patches')]);
  });
});

describe('terminology.not-followed: a target that is not a translation', () => {
  it('reports no term of a target that is an English error message (untranslated reports the unit)', () => {
    const source = 'If a perturbation adds or deletes one edge, the graph changes.';
    const dump = '[CloudSDKException] code:ClientNetworkError message:HTTPSConnectionPool(host=\'api.example.com\', port=443): Max retries exceeded with url: / (Caused by ProxyError(\'Cannot connect to proxy.\', ConnectionResetError(10054, \'远程主机强迫关闭了一个现有的连接。\')))';
    expect(run(source, dump)).toEqual([]);
    expect(terms(source, '如果扰动增加或删除一条链接，图就会改变。')).toEqual(['edge']);
  });
});
