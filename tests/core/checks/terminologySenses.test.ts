import { describe, expect, it } from 'vitest';
import { terminologyForbidden } from '../../../src/core/checks/terminologyForbidden';
import { runBuiltin } from './runBuiltin';

/*
 * The built-in termbase's other senses of polysemous words (precision audit E on Tencent MT):
 * a rendering forbidden for the ML sense (边缘 for a graph edge, 功能 for a feature, 干扰 for a
 * perturbation, 游戏 for a game-theoretic game, 代理 for an RL agent, 丢失 for a loss) is right
 * when the source uses the word in another sense, and still reported in the ML sense.
 */
function forbidden(source: string, target: string) {
  return runBuiltin(terminologyForbidden, source, target).map((f) => `${f.termId} ${f.target!.text} ${f.confidence}`);
}

describe('terminology.forbidden and the other senses of a word (built-in termbase)', () => {
  it('edge computing and image edges are 边缘; graph edges are 边', () => {
    expect(forbidden('Edge servers host the detector at the network edge of a mobile edge system.', '边缘服务器在移动边缘系统的网络边缘托管检测器。')).toEqual([]);
    expect(forbidden('Edge cases of the data distribution are rare.', '数据分布的边缘情况很少见。')).toEqual([]);
    expect(forbidden('The classifier takes the edge map as an extra channel, since edges resist small perturbations.', '分类器以边缘图作为额外通道，因为边缘能抵抗微小扰动。')).toEqual([]);
    expect(forbidden('A Sobel layer learns horizontal and vertical edge features.', 'Sobel层学习水平和垂直的边缘特征。')).toEqual([]);
    expect(forbidden('The attacker inserts adversarial edges into the graph.', '攻击者在图中插入对抗性边缘。')).toEqual(['graph.edge 边缘 certain']);
  });

  it('a program\'s functionality and a product\'s security features are 功能; ML features are 特征', () => {
    expect(forbidden('The perturbed malware keeps its malicious functionality.', '扰动后的恶意软件保留了其恶意功能。')).toEqual([]);
    expect(forbidden('The protocol relies on the security features of the LTE network.', '该协议依赖LTE网络的安全功能。')).toEqual([]);
    expect(forbidden('The classifier learns robust features.', '分类器学习鲁棒的功能。')).toEqual(['dl.feature 功能 certain']);
  });

  it('interference, disturbances and jamming are 干扰; a perturbation is 扰动', () => {
    expect(forbidden('We classify the type of interference in the radio access network.', '我们对无线接入网络中的干扰类型进行分类。')).toEqual([]);
    expect(forbidden('Friendly jammers protect the node; small perturbations fool the classifier.', '友好的干扰器保护节点；微小的扰动欺骗了分类器。')).toEqual([]);
    expect(forbidden('The attacker perturbs the input image.', '攻击者干扰输入图像。')).toEqual(['sec.perturb 干扰 certain']);
    expect(forbidden('Small perturbations fool the classifier.', '微小的干扰欺骗了分类器。')).toEqual(['sec.perturbation 干扰 certain']);
  });

  it('Atari 2600 games, online games and the cat-and-mouse game are 游戏; a Bayesian game is 博弈', () => {
    expect(forbidden('We evaluate the attack on three Atari 2600 games.', '我们在三款Atari 2600游戏上评估该攻击。')).toEqual([]);
    expect(forbidden('Attack and defense play a cat-and-mouse game.', '攻击和防御在玩猫鼠游戏。')).toEqual([]);
    expect(forbidden('The defender and the attacker play a Bayesian game.', '防御者和攻击者进行贝叶斯游戏。')).toEqual(['rl.game 游戏 certain']);
  });

  it('software and conversational agents are 代理; an RL agent is 智能体', () => {
    expect(forbidden('We attack conversational agents built on language models.', '我们攻击基于语言模型的对话代理。')).toEqual([]);
    expect(forbidden('The RL agent learns a policy.', '强化学习代理学习策略。')).toEqual(['rl.agent 代理 certain']);
  });

  it('losing information or messages is 丢失; the training loss is 损失', () => {
    expect(forbidden('The policies are robust to losses in communication.', '这些策略对通信丢失具有鲁棒性。')).toEqual([]);
    expect(forbidden('We minimise the adversarial loss.', '我们最小化对抗性丢失。')).toEqual(['dl.loss 丢失 certain']);
  });

  it('盗贼 is right for thieves: reported only when the source says bandit', () => {
    expect(forbidden('We call our attack Army of Thieves.', '我们称我们的攻击为盗贼大军。')).toEqual([]);
    expect(forbidden('Contextual bandit algorithms are vulnerable.', '上下文盗贼算法很脆弱。')).toEqual(['rl.bandit 盗贼 certain']);
  });

  it('hostile environments, actors and their behaviour are 敌对; adversarial examples are 对抗样本', () => {
    expect(forbidden('Consensus is hard in adversarial environments with adversarial actors.', '在存在敌对行为者的敌对环境中达成共识很难。')).toEqual([]);
    expect(forbidden('The adversarial objective is to disrupt training.', '敌对的目标是破坏训练。')).toEqual(['sec.adversarial 敌对 certain']);
  });

  it('policy and law is 政策, logic is 逻辑; an RL policy is 策略 and logits are logit', () => {
    expect(forbidden('Accountability has been studied by works in policy and law.', '问责制已被政策和法律方面的工作研究。')).toEqual([]);
    expect(forbidden('The two methods have different underlying logic.', '这两种方法具有不同的底层逻辑。')).toEqual([]);
    expect(forbidden('The agent learns a deceptive policy from the logits.', '智能体从逻辑中学习欺骗性的政策。')).toEqual(['dl.logit 逻辑 certain', 'rl.policy 政策 certain']);
  });
});
