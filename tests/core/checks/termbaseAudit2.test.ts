import { describe, expect, it } from 'vitest';
import { acronymExpansion } from '../../../src/core/checks/acronymExpansion';
import { namesProtected } from '../../../src/core/checks/namesProtected';
import { terminologyForbidden } from '../../../src/core/checks/terminologyForbidden';
import { terminologyInconsistent } from '../../../src/core/checks/terminologyInconsistent';
import { terminologyNotFollowed } from '../../../src/core/checks/terminologyNotFollowed';
import { runBuiltin } from './runBuiltin';

/*
 * Termbase round 3, from the false positives of precision audit 2 (Tencent MT, session 8):
 * admitted renderings, concepts split off (standard accuracy, computational complexity, cache
 * poisoning) and generic shields for the everyday sense of an ML word. Each accepted case was
 * reported by the termbase before; the ML sense or a real miss is still reported.
 */
const run = runBuiltin;
const notFollowed = (s: string, t: string) => run(terminologyNotFollowed, s, t).map((f) => f.termId);
const forbidden = (s: string, t: string) => run(terminologyForbidden, s, t).map((f) => `${f.termId} ${f.target!.text}`);
const inconsistent = (s: string, t: string) => run(terminologyInconsistent, s, t).map((f) => `${f.termId} ${f.target!.text}`);
const expansions = (s: string, t: string) => run(acronymExpansion, s, t).map((f) => f.message);

describe('admitted renderings from audit 2 (built-in termbase)', () => {
  const cases: [string, string, string, string][] = [
    ['graph.structure-perturbation', 'We design a structured perturbation with semantic meaning.', '我们设计了具有语义的结构化扰动。', '我们设计了具有语义的组织干扰。'],
    ['opt.closed-form', 'The bound has closed-form and can be trained.', '这个界具有封闭的形式，可以训练。', '这个界具有关闭的表格，可以训练。'],
    ['sec.robust-accuracy', 'It improves robust accuracy by 20%.', '它使鲁棒性精度提高了20%。', '它使强壮度提高了20%。'],
    ['sec.sybil', 'Sybil attacks create fake vehicles.', 'Sybil攻击会制造虚假车辆。', '西比尔袭击会制造虚假车辆。'],
    ['sec.standard-accuracy', 'We balance standard accuracy and robustness.', '我们平衡标准的准确性和鲁棒性。', '我们平衡常规正确度和鲁棒性。'],
    ['opt.simulated-annealing', 'We run a simulated annealing algorithm to place cameras.', '我们用模拟退火法来布置摄像机。', '我们用模拟淬火法来布置摄像机。'],
  ];
  for (const [termId, source, accepted, missed] of cases) {
    it(`${termId}: ${accepted.slice(0, 14)}… is followed, a miss is not`, () => {
      expect(notFollowed(source, accepted)).toEqual([]);
      expect(notFollowed(source, missed)).toContain(termId);
    });
  }

  it('K-近邻 and 灾难性过度拟合 are accepted expansions of an acronym; a wrong rendering is still reported', () => {
    expect(expansions('K-Nearest Neighbour (K-NN) is selected as the surrogate model.', '选择K-近邻(K-NN)作为代理模型。')).toEqual([]);
    expect(expansions('Single-step AT can lead to Catastrophic Overfitting (CO).', '单步AT可能导致灾难性过度拟合（CO）。')).toEqual([]);
    expect(forbidden('Single-step AT can lead to Catastrophic Overfitting (CO).', '单步AT可能导致灾难性过度适应（CO）。')).toEqual(['dl.catastrophic-overfitting 灾难性过度适应']);
  });
});

describe('shields from audit 2 (built-in termbase)', () => {
  it('pre-trained words or phrases are trained beforehand: plain 预先训练 is right there, not for a pre-trained model', () => {
    expect(forbidden('Such attacks only recognize a limited set of pre-trained words or phrases.', '此类攻击只能识别一组有限的预先训练的单词或短语。')).toEqual([]);
    expect(forbidden('We fine-tune a pre-trained encoder.', '我们微调一个预先训练的编码器。')).toEqual(['dl.pre-trained 预先训练']);
  });

  it('everyday senses of sentence, attack-defense, loss, exploration, convergence and summarize', () => {
    expect(notFollowed('Previous works edit the whole question sentence.', '以往的工作都是对整个问句进行编辑。')).toEqual([]);
    expect(notFollowed('We propose attack methods. We run experiments on both the attack and the defense sides.', '我们提出攻击方法。我们进行了攻防双方的实验。')).toEqual([]);
    expect(notFollowed('The key ingredient is a unified representation of the attack-defense problem.', '关键因素是将攻防问题统一表示。')).toEqual([]);
    expect(notFollowed('Breaches cause identity loss, social panic, and loss of trust.', '漏洞造成了身份丧失、社会恐慌和信任丧失。')).toEqual([]);
    expect(notFollowed('Attention facilitated an in-depth exploration of the model.', '注意机制有助于深入探讨模型。')).toEqual([]);
    expect(notFollowed('VLMs signify a convergence of advancements in vision and language.', '视觉语言模型标志着视觉和语言方面的进步汇聚在一起。')).toEqual([]);
    expect(notFollowed('The relevant papers are summarized online.', '相关论文已汇总在网上。')).toEqual([]);
    // the ML senses are still checked
    expect(notFollowed('The loss is minimized.', '目标被最小化了。')).toContain('dl.loss');
    expect(notFollowed('The agent balances exploration and exploitation.', '智能体平衡勘察和利用。')).toContain('rl.exploration');
    expect(notFollowed('We study text summarization.', '我们研究文本概述。')).toContain('nlp.summarization');
  });

  it('black-box adversarial attacks may be 黑盒攻击; a black-box attack rendered 黑匣子攻击 is still reported', () => {
    expect(notFollowed('We alternate between the white-box and the black-box adversarial attack scenarios.', '我们在白盒和黑盒攻击场景之间交替。')).toEqual([]);
    expect(forbidden('Black-box attacks query the model.', '黑匣子攻击查询模型。')).not.toEqual([]);
  });

  it('a defense game people play is 游戏; a game-theoretic game rendered 游戏 is still reported', () => {
    expect(expansions('Our Interactive Defense Game (IDG) represents a cyber defense scenario.', '我们的交互式防御游戏(IDG)代表了一种网络防御场景。')).toEqual([]);
    expect(forbidden('Attacker and defender play a zero-sum Stackelberg game.', '攻击者和防御者进行零和斯塔克尔伯格游戏。')).not.toEqual([]);
  });

  it('defend against, pinpoint accuracy and tokenized input in their everyday wording', () => {
    expect(notFollowed('Systems must defend against input variations.', '系统必须抵抗输入变化。')).toEqual([]);
    expect(notFollowed('Achieving pinpoint accuracy remains a challenge.', '实现精确定位仍然是一个挑战。')).toEqual([]);
    expect(inconsistent('Attacks on tokens are weaker. Data bypasses the tokenized input. Tokens are steered.', '对令牌的攻击较弱。数据绕过了标记化的输入。令牌被引导。')).toEqual([]);
    expect(notFollowed('We propose a new defense.', '我们提出了一种新的办法。')).toContain('sec.defense');
  });

  it('NIMA is a known name: its own casing is not a slip', () => {
    expect(run(namesProtected, 'We attack NIMA and SPAQ metrics.', '我们攻击NIMA和SPAQ指标。')).toEqual([]);
  });
});

describe('concepts split off in audit 2 (built-in termbase)', () => {
  it('standard accuracy is 标准准确率, not clean accuracy', () => {
    expect(inconsistent('We improve standard accuracy. The tradeoff between standard accuracy and robustness is reduced.', '我们提高了标准准确率。标准准确率和鲁棒性之间的权衡减小了。')).toEqual([]);
    expect(inconsistent('We improve clean accuracy. Clean accuracy stays high.', '我们提高了干净准确率。清洁准确率保持较高。')).toContain('sec.clean-accuracy 清洁准确率');
  });

  it('computational complexity is 计算复杂度, apart from time complexity', () => {
    const found = inconsistent('Schemes have a high computational complexity. Ours achieves a lower computational complexity.', '方案具有很高的计算复杂性。我们的方案实现了较低的计算复杂度。');
    expect(found).toEqual(['eval.computational-complexity 计算复杂性']);
  });

  it('cache poisoning is 缓存中毒: no mix with the poisoning attack of ML', () => {
    expect(inconsistent('DNS cache poisoning redirects users. Cache poisoning is common. Poisoning attacks corrupt models.', 'DNS缓存中毒会重定向用户。缓存中毒很常见。毒化攻击会破坏模型。')).toEqual([]);
  });
});
