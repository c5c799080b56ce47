import { describe, expect, it } from 'vitest';
import { terminologyForbidden } from '../../../src/core/checks/terminologyForbidden';
import { terminologyInconsistent } from '../../../src/core/checks/terminologyInconsistent';
import { terminologyNotFollowed } from '../../../src/core/checks/terminologyNotFollowed';
import { runBuiltin } from './runBuiltin';

/*
 * Shields of the built-in termbase from the precision audit of Tencent MT (session 8): a longer
 * phrase in another sense (light-weight, cutting-edge, quantum states, offensive speech, hostile
 * clients, computation overhead, decentralized, localization accuracy, Trojan attacks) is its own
 * concept, so the ML term inside it is not reported; the ML sense still is.
 */
const forbidden = (s: string, t: string) => runBuiltin(terminologyForbidden, s, t).map((f) => `${f.termId} ${f.target!.text}`);
const notFollowed = (s: string, t: string) => runBuiltin(terminologyNotFollowed, s, t).map((f) => f.termId);
const inconsistent = (s: string, t: string) => runBuiltin(terminologyInconsistent, s, t).map((f) => `${f.termId} ${f.target!.text}`);

describe('shields from the precision audit (built-in termbase)', () => {
  it('light-weight and cutting-edge are not a model weight or a graph edge', () => {
    expect(notFollowed('We build a very light-weight defense.', '我们构建了一个非常轻量级的防御。')).not.toContain('dl.weight');
    expect(notFollowed('Cutting-edge safety approaches are reviewed.', '本文综述了尖端的安全方法。')).not.toContain('graph.edge');
    expect(notFollowed('Privacy is a double-edged sword.', '隐私是一把双刃剑。')).not.toContain('graph.edge');
    expect(forbidden('The tree has sparse weight vectors.', '这棵树有稀疏的重量向量。')).toEqual(['dl.weight 重量']);
  });

  it('quantum and steady states are …态; an MDP state rendered 州 is still reported', () => {
    expect(notFollowed('Interference builds superposition states of the samples.', '干涉为样本构建叠加态。')).not.toContain('rl.state');
    expect(notFollowed('We analyse the steady state of linear learners.', '我们分析线性学习器的稳态。')).not.toContain('rl.state');
    expect(forbidden('The agent moves to any other state.', '智能体移动到任何其他州。')).toEqual(['rl.state 州']);
  });

  it('offensive and hate speech are 言论; 语音 for them is reported', () => {
    expect(notFollowed('Platforms host racist and other offensive speech.', '平台上有种族主义和其他攻击性言论。')).toEqual([]);
    expect(forbidden('We attack toxic speech detection models.', '我们攻击有毒语音检测模型。')).toEqual(['nlp.offensive-speech 有毒语音']);
    expect(forbidden('BERT models trained on German hate speech.', '在德国仇恨语音上训练的BERT模型。')).toEqual(['nlp.hate-speech 仇恨语音']);
  });

  it('hostile clients and parties may be 敌对/恶意; adversarial examples rendered 敌对样本 are still reported', () => {
    expect(forbidden('The model is protected from poisoning attacks from adversarial clients.', '模型不受敌对客户端的投毒攻击。')).toEqual([]);
    expect(forbidden('In shilling attacks, an adversarial party injects fake profiles.', '在先令攻击中，敌对方注入虚假档案。')).toEqual([]);
    expect(forbidden('Adversarial examples fool the model.', '敌对样本欺骗了模型。')).toEqual(['sec.adversarial-example 敌对样本']);
  });

  it('a reward function is 奖励函数: 奖励功能 is reported as such, not as a product feature', () => {
    expect(forbidden('The agent learns the reward function from features.', '智能体从特征中学习奖励功能。')).toEqual(['rl.reward-function 奖励功能']);
  });

  it('gamified tasks are 游戏化, not game theory', () => {
    expect(forbidden('Gamified elements manipulate users; the platform and the users play a Bayesian game.', '游戏化元素操纵用户；平台与用户进行贝叶斯博弈。')).toEqual([]);
    expect(forbidden('Gamified elements manipulate users; the platform and the users play a Bayesian game.', '游戏化元素操纵用户；平台与用户进行贝叶斯游戏。')).toEqual(['rl.game 游戏']);
  });

  it('garbled differential privacy is reported; different privacy needs are not', () => {
    expect(forbidden('We train with differential privacy.', '我们在不同的隐私下训练。')).toEqual(['sec.differential-privacy 不同的隐私']);
    expect(forbidden('Users have different privacy needs.', '用户有不同的隐私需求。')).toEqual([]);
  });

  it('overhead and costs, decentralized and distributed, localization and system accuracy, a trojan and a Trojan attack are separate terms', () => {
    const flagged = (s: string, t: string) => inconsistent(s, t).map((f) => f.split(' ')[1]);
    expect(flagged('Protocols face high computation costs. Ours reduces computation overhead.', '协议面临计算代价高的问题。我们的方法减少了计算开销。')).not.toContain('计算开销');
    expect(flagged('Decentralized learning has no server. Distributed training splits the batch.', '分散学习没有服务器。分布式训练拆分批次。')).toEqual([]);
    expect(flagged('Attacks reduce localization accuracy. They also reduce system accuracy.', '攻击降低了定位精度。它们还降低了系统准确性。')).toEqual([]);
    expect(flagged('A trojan hides in the model. Trojan attacks are hard to detect.', '特洛伊木马隐藏在模型中。木马攻击很难检测。')).toEqual([]);
  });

  it('the verb perturb is its own generic concept: 扰乱 for it is not a missing perturbation', () => {
    expect(notFollowed('The attacker perturbed the pixels; the perturbation is small.', '攻击者扰乱了像素；扰动很小。')).toEqual([]);
    expect(notFollowed('The perturbation is small.', '这种改动很小。')).toContain('sec.perturbation');
  });

  it('the verbs state and distribute are not the MDP state or distributed systems', () => {
    expect(notFollowed('However, previous works state that black-box attacks fail.', '然而，先前的工作指出黑盒攻击会失败。')).not.toContain('rl.state');
    expect(notFollowed('The model is distributed to multiple buyers.', '该模型被分发给多个买家。')).not.toContain('dl.distributed');
    expect(notFollowed('We use distributed training.', '我们使用分散的训练。')).toContain('dl.distributed-training');
  });

  it('bare reasoning (a motive) is generic', () => {
    expect(notFollowed('We survey energy cyberattacks and their reasoning.', '我们调查能源网络攻击及其原因。')).not.toContain('nlp.reasoning');
  });
});
