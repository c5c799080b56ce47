import { describe, expect, it } from 'vitest';
import { omission } from '../../../src/core/checks/omission';
import { KEEP, MERGED, missingInstead } from '../../../src/core/checks/util/missingInstead';
import { sourceSpans, targetSpans } from '../../../src/core/checks/util/unitCache';
import { createCheckContext } from '../../../src/core/engine/createCheckContext';
import { glossaryOf } from '../../../src/core/glossary';
import type { AlignedPair } from '../../../src/core/text';

const ctx = createCheckContext();
const g = glossaryOf(ctx);

const S = [
  'Deep neural networks are vulnerable to adversarial examples in many black-box scenarios where the attacker can only query the trained model.',
  'Existing black-box methods for creating adversarial examples are costly and often rely on gradient estimation.',
  'This paper introduces \\textbf{Qu}ery-\\textbf{E}fficient \\textbf{A}ttack, \\textit{QEA}, an untargeted, score-based, black-box attack for deep image classifiers trained on large datasets.',
  'QEA is based on a novel objective function for gradient-free optimization.',
  'The attack only requires access to the output logits of the classifier and is not affected by gradient masking.',
  'Our results demonstrate the superior performance of QEA in terms of accuracy and query efficiency.',
];
const T0 = '深度神经网络在许多黑盒场景中容易受到对抗样本的影响，在这些场景中攻击者只能查询训练好的模型。';
const T1 = '现有的生成对抗样本的黑盒方法成本很高，通常依赖梯度估计。';
const T4 = '该攻击只需要访问分类器的输出逻辑，因此不受梯度掩蔽的影响。';
const T5 = '实验结果表明，查询攻击在准确率和查询效率方面都具有更好的性能。';

describe('omission when one target sentence runs two source sentences together', () => {
  it('points at the sentence really missing, not at the one translated inside its neighbour', () => {
    // the target runs "QEA is based on …" into the sentence before it and drops that
    // sentence's "for deep image classifiers trained on large datasets"; the aligner pairs
    // the run-on with the first and leaves the second alone
    const target = T0 + T1 + '本文介绍了一种查询高效的无目标、基于分数的黑盒攻击查询攻击基于一种新的目标函数，可用于无梯度优化问题。' + T4 + T5;
    const unit = { id: 'u1', source: S.join(' '), target };
    const f = omission.run(unit, ctx);
    expect(f).toHaveLength(1);
    expect(f[0].source?.text).toBe(S[2]);
    expect(f[0].message).toContain('has no counterpart in the translation');
    // without a termbase there is no evidence: the aligner's choice stands
    expect(omission.run(unit, {}).map((x) => x.source?.text)).toEqual([S[3]]);
  });

  it('still reports a sentence the target really leaves out', () => {
    const target = T0 + T1 + '本文介绍了一种针对在大型数据集上训练的深度图像分类器的查询高效的无目标、基于分数的黑盒攻击。该攻击基于一种新的目标函数，可用于无梯度优化问题。' + T5;
    const f = omission.run({ id: 'u1', source: S.join(' '), target }, ctx);
    expect(f.map((x) => x.source?.text)).toEqual([S[4]]);
  });
});

describe('missingInstead', () => {
  // the aligner's beads forced: sentence 3 left alone, target sentence 2 paired with sentence 2
  const beads: AlignedPair[] = [
    { source: [0], target: [0] },
    { source: [1], target: [1] },
    { source: [2], target: [2] },
    { source: [3], target: [] },
    { source: [4], target: [3] },
    { source: [5], target: [4] },
  ];
  const judge = (target: string, b = 3) => {
    const unit = { id: 'u1', source: S.join(' '), target };
    const a = { src: sourceSpans(unit), tgt: targetSpans(unit), enTotal: 0, zhTotal: 0, pairs: beads };
    return missingInstead(unit.source, unit.target, a, b, g);
  };

  it('finds nothing missing when the neighbour target sentence translates both (a run-on merge)', () => {
    const merged = '本文介绍了一种针对在大型数据集上训练的深度图像分类器的查询高效的无目标、基于分数的黑盒攻击查询攻击基于一种新的目标函数，可用于无梯度优化问题。';
    expect(judge(T0 + T1 + merged + T4 + T5)).toBe(MERGED);
  });

  it("names the neighbour's sentence when its target sentence translates the lone one instead", () => {
    const shifted = '我们提出了一种新的方法查询攻击基于一种新的目标函数，可用于无梯度优化问题。';
    expect(judge(T0 + T1 + shifted + T4 + T5)).toBe(2);
  });

  it('keeps the finding when no neighbour holds the lone sentence, or without a termbase', () => {
    const own = '本文介绍了一种针对在大型数据集上训练的深度图像分类器的查询高效的无目标、基于分数的黑盒攻击。';
    expect(judge(T0 + T1 + own + T4 + T5)).toBe(KEEP);
    const unit = { id: 'u1', source: S.join(' '), target: T0 + T1 + own + T4 + T5 };
    const a = { src: sourceSpans(unit), tgt: targetSpans(unit), enTotal: 0, zhTotal: 0, pairs: beads };
    expect(missingInstead(unit.source, unit.target, a, 3, undefined)).toBe(KEEP);
  });
});
