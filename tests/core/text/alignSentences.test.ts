import { describe, expect, it } from 'vitest';
import { alignSentences, splitSentences } from '../../../src/core/text';
import type { AlignedPair } from '../../../src/core/text';

function align(en: string, zh: string): AlignedPair[] {
  return alignSentences(splitSentences(en, 'en'), splitSentences(zh, 'zh'), en, zh);
}

describe('alignSentences', () => {
  it('pairs sentences 1–1 when both sides have the same structure', () => {
    const en =
      'Reinforcement learning (RL) involves performing exploratory actions in an unknown system. ' +
      'This can place a learning agent in dangerous and potentially catastrophic system states. ' +
      'Current approaches for tackling safe learning in RL simultaneously trade-off safe exploration and task fulfillment.';
    const zh =
      '强化学习（RL）涉及在未知系统中执行探索性动作。这可能使学习智能体处于危险且可能是灾难性的系统状态。' +
      '当前解决RL中安全学习的方法同时权衡了安全探索与任务完成。';
    expect(align(en, zh)).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [2], target: [2] },
    ]);
  });

  it('finds one Chinese sentence rendering two English ones (2–1)', () => {
    const en =
      'Graph Neural Networks (GNNs) have shown satisfying performance on various graph learning tasks. ' +
      'They are widely used. ' +
      'To achieve better fitting capability, most GNNs are with a large number of parameters, which makes them computationally expensive.';
    const zh =
      '图神经网络（GNN）在各种图学习任务上表现出令人满意的性能，并被广泛使用。' +
      '为了获得更好的拟合能力，大多数GNN具有大量参数，这使得它们的计算代价很高。';
    expect(align(en, zh)).toEqual([
      { source: [0, 1], target: [0] },
      { source: [2], target: [1] },
    ]);
  });

  it('finds one English sentence rendered as two Chinese ones (1–2)', () => {
    const en =
      'Masked image modeling (MIM) performs strongly in pre-training large vision Transformers (ViTs), but small models that are critical for real-world applications cannot benefit from this pre-training approach. ' +
      'We propose a distillation method to address this.';
    const zh =
      '掩码图像建模（MIM）在预训练大型视觉Transformer（ViT）方面表现出色。然而，对现实应用至关重要的小模型无法从这种预训练方法中受益。' +
      '我们提出了一种蒸馏方法来解决这个问题。';
    expect(align(en, zh)).toEqual([
      { source: [0], target: [0, 1] },
      { source: [1], target: [2] },
    ]);
  });

  it('leaves an English sentence with no Chinese counterpart unmatched (1–0)', () => {
    const en =
      'We evaluate DESTA on Lunar Lander and Frozen Lake from OpenAI Gym. ' +
      'Both environments are standard benchmarks for safe exploration, and we follow the protocol of earlier work with 5 random seeds and 1,000 episodes per run. ' +
      'DESTA reduces safety violations by 43.2% compared with the strongest baseline.';
    const zh = '我们在OpenAI Gym的Lunar Lander和Frozen Lake上评估DESTA。与最强的基线相比，DESTA将安全违规减少了43.2%。';
    expect(align(en, zh)).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [] },
      { source: [2], target: [1] },
    ]);
  });

  it('leaves a Chinese sentence with no English counterpart unmatched (0–1)', () => {
    const en = 'We propose CMT for 3D detection. CMT achieves 74.1% NDS on the nuScenes benchmark.';
    const zh = '我们提出了用于3D检测的CMT。需要指出的是，这一框架不依赖任何显式的视图变换，并且可以很容易地扩展到其他传感器组合。CMT在nuScenes基准上达到了74.1%的NDS。';
    expect(align(en, zh)).toEqual([
      { source: [0], target: [0] },
      { source: [], target: [1] },
      { source: [1], target: [2] },
    ]);
  });

  it('lets numbers and acronyms decide between sentences of equal length', () => {
    // The two English sentences have nearly the same length; only one has a Chinese
    // counterpart. Without anchors either pairing costs the same.
    const en = 'Our GNN model reaches 79.6% on the Cora dataset. The MLP baseline reaches 71.2% on the PubMed set.';
    const zh = 'MLP基线在PubMed数据集上达到71.2%。';
    expect(align(en, zh)).toEqual([
      { source: [0], target: [] },
      { source: [1], target: [0] },
    ]);
    const zh2 = '我们的GNN模型在Cora数据集上达到79.6%。';
    expect(align(en, zh2)).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [] },
    ]);
  });

  it('anchors a Latin word kept in the Chinese to its English sentence whatever its case there', () => {
    // "Transformer" in the Chinese is an anchor; the English writes it in lower case, in
    // capitals or as a name. The anchor keeps the Chinese with the sentence that has the word
    // (a 2–1 bead here); with another word there, length alone pairs it with the other one.
    const zh = '我们的Transformer模型效果很好。';
    const other = 'The recurrent baseline works badly on the second set.';
    for (const w of ['transformer', 'Transformer', 'TRANSFORMER']) {
      const en = `Our ${w} model works well on the first dataset. ${other}`;
      expect(align(en, zh)).toEqual([{ source: [0, 1], target: [0] }]);
    }
    expect(align(`Our convolution model works well on the first dataset. ${other}`, zh)).toEqual([
      { source: [0], target: [] },
      { source: [1], target: [0] },
    ]);
  });

  it('keeps Chinese clauses split at "；" with their English sentence', () => {
    const en =
      'This study: (1) explores the design space of architectures, (2) trains the networks on several image classification tasks, and (3) relates robustness to graph structure. ' +
      'We release the code.';
    const zh = '本研究：(1)探索了架构的设计空间；(2)在多个图像分类任务上训练网络；(3)将鲁棒性与图结构联系起来。我们公开了代码。';
    expect(align(en, zh)).toEqual([
      { source: [0], target: [0, 1, 2] },
      { source: [1], target: [3] },
    ]);
  });

  it('handles an empty side: every sentence of the other side stands alone', () => {
    const en = 'First sentence here. Second sentence here.';
    expect(alignSentences(splitSentences(en, 'en'), [])).toEqual([
      { source: [0], target: [] },
      { source: [1], target: [] },
    ]);
    expect(alignSentences([], splitSentences('第一句。第二句。', 'zh'))).toEqual([
      { source: [], target: [0] },
      { source: [], target: [1] },
    ]);
    expect(alignSentences([], [])).toEqual([]);
  });

  it('covers every sentence exactly once, in order, on long inputs (banded DP)', () => {
    const enS: string[] = [];
    const zhS: string[] = [];
    for (let k = 0; k < 300; k++) {
      enS.push(`Experiment ${k} uses ${k % 7 === 0 ? 'a much longer configuration with several extra layers and a bigger batch' : 'a small model'}.`);
      zhS.push(`实验${k}使用${k % 7 === 0 ? '一个带有若干额外层和更大批量的更长配置' : '一个小模型'}。`);
    }
    const pairs = alignSentences(splitSentences(enS.join(' '), 'en'), splitSentences(zhS.join(''), 'zh'));
    expect(pairs.flatMap((p) => p.source)).toEqual([...Array(300).keys()]);
    expect(pairs.flatMap((p) => p.target)).toEqual([...Array(300).keys()]);
    expect(pairs.every((p) => p.source.length === 1 && p.target.length === 1 && p.source[0] === p.target[0])).toBe(true);
  });
});
