import { describe, expect, it } from 'vitest';
import { fluencyRepetition } from '../../../src/core/checks/fluencyRepetition';

const run = (target: string) => fluencyRepetition.run({ id: 'u1', source: '', target }, {});

describe('fluency.repetition', () => {
  it('flags X的X repetitions (攻击的攻击, 存在的存在) with the single word as suggestion', () => {
    const t = 'ML模型容易受到隐私攻击的攻击，这使对手可以推断存在的存在。';
    const f = run(t);
    expect(f.map((x) => [x.target?.text, x.suggestion])).toEqual([
      ['攻击的攻击', '攻击'],
      ['存在的存在', '存在'],
    ]);
    expect(t.slice(f[0].target!.start, f[0].target!.end)).toBe('攻击的攻击');
    expect(f[0].mqm).toBe('Fluency/Repetition');
    expect(f[0].severity).toBe('minor');
  });

  it('flags a one- or two-character sentence as garbled (Fluency/Grammar, major)', () => {
    const t = '这使对手可以推断其存在。属性。此外，我们设计了防御机制。';
    const f = run(t);
    expect(f).toHaveLength(1);
    expect(f[0].target?.text).toBe('属性。');
    expect(f[0].severity).toBe('major');
    expect(f[0].mqm).toBe('Fluency/Grammar');
  });

  it('flags 的的, back-to-back words and an acronym followed by its own head word', () => {
    expect(run('这是我们的的方法。').map((x) => x.target?.text)).toEqual(['的的']);
    expect(run('我们训练了一个模型模型。').map((x) => x.target?.text)).toEqual(['模型模型']);
    const f = run('我们研究了小组属性推理攻击(GPIA)，并设计了针对GPIA攻击的防御。');
    expect(f.map((x) => [x.target?.text, x.suggestion])).toEqual([['GPIA攻击', 'GPIA']]);
    // the message names the whole Chinese run before the bracket as the expansion
    expect(f[0].message).toContain('"GPIA" already stands for "我们研究了小组属性推理攻击"');
    const g = run('本文中，小组属性推理攻击（GPIA）很强，GPIA攻击的防御很难。');
    expect(g.map((x) => x.target?.text)).toEqual(['GPIA攻击']);
    expect(g[0].message).toContain('"GPIA" already stands for "小组属性推理攻击"');
    // one Han character before the bracket (after Latin or punctuation) is no expansion
    expect(run('我们使用X击(GPIA)，GPIAX击的防御。')).toEqual([]);
    expect(run('击(GPIA)，GPIA击的防御。')).toEqual([]);
  });

  it('finds doublings at the text edges, after stops and quotes, and fragments after ！ or ？ and spaces', () => {
    expect(run('了了解决问题。').map((x) => x.target?.text)).toEqual([]); // 了了解: 为了了解 without 为
    expect(run('模型模型。').map((x) => x.target?.text)).toEqual(['模型模型']);
    expect(run('他说：“攻击攻击。”数据的数据').map((x) => x.target?.text)).toEqual(['攻击攻击', '数据的数据']);
    expect(run('被被攻击的模型。').map((x) => x.target?.text)).toEqual(['被被']);
    const f = run('结果很好！ 属性？　数据。我们设计了防御。');
    expect(f.map((x) => [x.target?.text, x.severity])).toEqual([
      ['属性？', 'major'],
      ['数据。', 'major'],
    ]);
    // a fragment must follow a full stop directly (spaces aside): not after ，or a tab
    expect(run('结果很好，属性。我们设计了防御。')).toEqual([]);
    expect(run('结果很好。\t属性。我们设计了防御。')).toEqual([]);
  });

  it('flags a doubling or an acronym with its head word at the very end of a target with no final stop', () => {
    // segments and titles often end without 。: nothing after the repeat is no particle or suffix
    expect(run('我们训练了一个模型模型').map((x) => x.target?.text)).toEqual(['模型模型']);
    expect(run('小组属性推理攻击（GPIA）与GPIA攻击').map((x) => x.target?.text)).toEqual(['GPIA攻击']);
    // …while an aspect particle or a suffix right after still makes them two words
    expect(run('我们的发现发现了')).toEqual([]);
    expect(run('小组属性推理攻击（GPIA）与GPIA攻击者')).toEqual([]);
  });

  it('accepts legitimate reduplication and look-alikes', () => {
    expect(run('我们常常一一检查，人人都认为效果越来越好。')).toEqual([]);
    expect(run('为了实现这一目的的方法，我们的的确确为了了解数据而研究研究。')).toEqual([]);
    expect(run('但是是否存在在线方法？一个一个地处理。')).toEqual([]);
    expect(run('颜色；形状；大小。我们的结论是：是。')).toEqual([]);
  });

  it('does not flag an acronym when the expansion head differs', () => {
    expect(run('我们使用图神经网络（GNN）作为目标，GNN模型的准确率很高。')).toEqual([]);
  });

  it('reads a definition only as capital-led letters, digits or hyphens between the brackets', () => {
    // plural and digits inside full-width brackets: a definition
    const f = run('我们提出了分布式图神经网络（DGNNs），DGNNs网络在三个数据集上更快。');
    expect(f.map((x) => x.target?.text)).toEqual(['DGNNs网络']);
    // a lower-case start, a single capital or a space inside: no definition
    expect(run('我们使用远程调用协议（gRPC），gRPC协议的延迟很低。')).toEqual([]);
    expect(run('我们使用卷积网络（Resnet），Resnet网络的延迟很低。')).toEqual([]);
    expect(run('我们使用视觉模型（ViT B），ViT B模型的延迟很低。')).toEqual([]);
  });
});

describe('fluency.repetition on compounds', () => {
  it('does not flag X的X when the second X starts a compound, or a noun followed by its verb', () => {
    expect(run('针对GNN模型的模型提取攻击，以及对抗性视频的视频识别。')).toEqual([]);
    expect(run('我们的发现发现了这些系统的几个漏洞。')).toEqual([]);
  });

  it('still flags X的X before a clause boundary or 的', () => {
    expect(run('我们推断存在的存在的证据。').map((x) => x.target?.text)).toEqual(['存在的存在']);
  });
});

describe('fluency.repetition: doubled words that start a longer word', () => {
  it('does not flag 无线无线电 or 平均平均精度, nor an acronym before a different word (MOT跟踪器)', () => {
    expect(run('众所周知，无线无线电信道包含信息。')).toEqual([]);
    expect(run('该方法显著提高了平均平均精度。')).toEqual([]);
    expect(run('多目标跟踪(MOT)很重要，我们研究了MOT跟踪器的鲁棒性。')).toEqual([]);
  });

  it('still flags a doubled word before punctuation or a particle', () => {
    expect(run('书中处理的实体实体，为未来研究提供了基础。').map((x) => x.target?.text)).toEqual(['实体实体']);
    expect(run('我们设计了感知感知的攻击。').map((x) => x.target?.text)).toEqual(['感知感知']);
  });
});

describe('fluency.repetition: an acronym with a head word the source also writes', () => {
  const withSource = (source: string, target: string) => fluencyRepetition.run({ id: 'u1', source, target }, {});

  it('does not flag GIA攻击 or VLP模型 when the source writes "GIA attacks" / "VLP models"', () => {
    const target = '最近，图注入攻击（GIA）作为一种实用的攻击出现。我们的方法显著超过之前的GIA攻击。';
    expect(withSource('Recently Graph Injection Attack (GIA) emerges as a practical attack. Our method outperforms previous GIA attacks by a large margin.', target)).toEqual([]);
    // the same target against a source that writes the acronym alone: the translator added 攻击
    const f = withSource('Recently Graph Injection Attack (GIA) emerges as a practical attack. Our method outperforms previous GIA by a large margin.', target);
    expect(f.map((x) => [x.target?.text, x.suggestion])).toEqual([['GIA攻击', 'GIA']]);
    expect(
      withSource('While vision-language pre-training model (VLP) has shown progress, we study attacks on popular VLP models.', '虽然视觉语言预训练模型(VLP)取得了进展，我们研究了对流行的VLP模型的攻击。'),
    ).toEqual([]);
  });

  it('does not flag a head word that is not the word the acronym stands for (HJB方程, TDPP方法, E-DPNCT模型)', () => {
    // the definition itself says "equation (HJB)" / "(TDPP) method": the source's next word is the head
    expect(withSource('We solve the Hamilton-Jacobi-Bellman equation (HJB) here. To find the solution to the HJB equation, we use RL.', '我们求解哈密顿-雅可比-贝尔曼方程(HJB)。为了找到HJB方程的解，我们使用了强化学习。')).toEqual([]);
    expect(withSource('We propose a two-dimensional permutation-based protection (TDPP) method. We introduce the concept that motivates the TDPP method.', '本文提出了一种基于二维置换的保护方法(TDPP)。我们介绍了激励TDPP方法的基本概念。')).toEqual([]);
    // a generic head noun the definition does not show ("Meters (E-DPNCT)" … "E-DPNCT model")
    expect(withSource('We propose a Noise Cancellation Model for Smart Meters (E-DPNCT) which is robust. We compare our E-DPNCT model with others.', '我们提出了一种智能电表噪声抵消模型(E-DPNCT)。我们将E-DPNCT模型与其他模型进行了比较。')).toEqual([]);
    // …but the acronym alone in the source ("Although SM is efficient") keeps the finding
    const f = withSource('They apply Sign Method (SM) to the gradient. Although SM is efficient, it is coarse.', '他们通常应用符号方法(SM)来操纵梯度。虽然SM方法是有效的，但它很粗糙。');
    expect(f.map((x) => x.target?.text)).toEqual(['SM方法']);
  });

  it('does not flag a head word that is the verb of the acronym ("generated by PL-SKG", "AT-trained")', () => {
    expect(withSource('We study physical layer secret key generation (PL-SKG). We obtain keys generated by PL-SKG.', '我们研究了物理层秘密密钥生成(PL-SKG)。我们获取由PL-SKG生成的合法密钥。')).toEqual([]);
    expect(withSource('Although adversarial training (AT) is effective, we find that AT-trained models rely on high frequencies.', '虽然对抗训练(AT)是有效的，但我们发现AT训练的模型严重依赖高频。')).toEqual([]);
    // "attacks such as MIA": a head word before the acronym without by/with is no verb of it
    const f = withSource('Models are vulnerable to Membership Inference Attack (MIA). We defend against attacks such as MIA.', '模型容易受到成员推理攻击(MIA)。我们防御诸如MIA攻击的攻击。');
    expect(f.map((x) => x.target?.text)).toContain('MIA攻击');
  });
});

describe('fluency.repetition: X的X after a list', () => {
  it('does not flag X的X when the first X ends a list (、/和/或) and the second is its head noun', () => {
    expect(run('该密钥包含大小写字母、数字和特殊字符的字符，以得出密文。')).toEqual([]);
    expect(run('包括前面提到的那些，以及基于正交性和谱方法的方法。')).toEqual([]);
    expect(run('我们考虑图像、文本或语音数据的数据。')).toEqual([]);
  });

  it('still flags a stutter X的X with no list before it', () => {
    expect(run('这些模型仍然容易受到新类型攻击的攻击。').map((x) => x.target?.text)).toEqual(['攻击的攻击']);
    expect(run('我们推断了存在的存在，并设计了防御。').map((x) => x.target?.text)).toEqual(['存在的存在']);
  });
});
