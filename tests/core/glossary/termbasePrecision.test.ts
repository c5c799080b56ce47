import { describe, expect, it } from 'vitest';
import type { Check, CheckUnit } from '../../../src/core/checks/Check';
import { acronymExpansion } from '../../../src/core/checks/acronymExpansion';
import { namesProtected } from '../../../src/core/checks/namesProtected';
import { terminologyForbidden } from '../../../src/core/checks/terminologyForbidden';
import { terminologyInconsistent } from '../../../src/core/checks/terminologyInconsistent';
import { terminologyNotFollowed } from '../../../src/core/checks/terminologyNotFollowed';
import { builtinTermbase, compileGlossary } from '../../../src/core/glossary';

// Correct EN→ZH translations of ML abstracts, written for this test, that use the words
// where the built-in termbase forbids a substring of a correct term (代理模型, 隐私政策,
// 电子游戏, 图形处理器, 渗透测试, 资源分配 …). A good translation must pass untouched.
const CHECKS: Check[] = [terminologyForbidden, terminologyNotFollowed, terminologyInconsistent, acronymExpansion, namesProtected];
const glossary = compileGlossary([builtinTermbase()]);

const PARAGRAPHS: CheckUnit[] = [
  {
    id: 'rl-games',
    source:
      'Deep Q-networks reach human-level scores on Atari games, and self-play agents master board games such as chess. ' +
      'We also train agents in computer games with sparse rewards.',
    target: '深度Q网络在Atari游戏上达到人类水平的分数，自博弈智能体掌握了国际象棋等棋类游戏。我们还在具有稀疏奖励的电脑游戏中训练智能体。',
  },
  {
    id: 'go-chess',
    source: 'AlphaZero masters the game of Go and the game of chess from self-play alone.',
    target: 'AlphaZero仅通过自博弈就掌握了围棋游戏和国际象棋。',
  },
  {
    id: 'rl',
    source:
      'We study multi-agent reinforcement learning in Markov games. Each agent learns a policy with proximal policy optimization (PPO) ' +
      'and receives a sparse reward from the environment. Unlike video games such as Atari, the agents must reach a Nash equilibrium. ' +
      'Our algorithm converges faster than Q-learning and improves sample efficiency.',
    target:
      '我们研究马尔可夫博弈中的多智能体强化学习。每个智能体用近端策略优化（PPO）学习策略，并从环境中获得稀疏奖励。' +
      '与Atari等电子游戏不同，这些智能体必须达到纳什均衡。我们的算法比Q学习收敛更快，并提高了样本效率。',
  },
  {
    id: 'sec-transfer',
    source:
      'Adversarial examples crafted on a surrogate model often transfer to the victim model in the black-box setting. ' +
      'We propose a transfer-based attack that improves the transferability of adversarial perturbations, ' +
      'and we evaluate it against adversarially trained models on ImageNet.',
    target:
      '在黑盒设置下，基于代理模型生成的对抗样本往往能迁移到受害者模型上。' +
      '我们提出一种基于迁移的攻击，提高了对抗扰动的可迁移性，并在ImageNet上针对经过对抗训练的模型对其进行评估。',
  },
  {
    id: 'privacy',
    source:
      'Membership inference attacks reveal whether a sample was in the training data. We train shadow models and show that ' +
      'differential privacy (DP) mitigates the attack. The privacy policy of the service and the decisions of policymakers are out of scope.',
    target:
      '成员推理攻击揭示某个样本是否属于训练数据。我们训练影子模型，并证明差分隐私（DP）能够缓解该攻击。' +
      '该服务的隐私政策以及政策制定者的决定不在本文讨论范围之内。',
  },
  {
    id: 'graph',
    source:
      'Graph neural networks (GNNs) aggregate node features by message passing over the edges of a graph. ' +
      'We attack node classification on the Cora dataset by perturbing the graph structure, and we run the experiments on a single graphics processing unit (GPU).',
    target:
      '图神经网络（GNN）通过在图的边上进行消息传递来聚合节点特征。' +
      '我们通过扰动图结构来攻击Cora数据集上的节点分类，所有实验都在单个图形处理器（GPU）上运行。',
  },
  {
    id: 'fl',
    source:
      'In federated learning (FL), clients train local models on private data and a server aggregates them into a global model. ' +
      'Poisoning attacks by Byzantine clients degrade the global model; our robust aggregation rule defends against them while keeping the resource allocation fair.',
    target:
      '在联邦学习（FL）中，客户端在私有数据上训练本地模型，服务器将其聚合为全局模型。' +
      '拜占庭客户端发起的投毒攻击会降低全局模型的性能；我们的鲁棒聚合规则能够防御这类攻击，同时保持资源分配公平。',
  },
  {
    id: 'nlp',
    source:
      'Large language models (LLMs) are vulnerable to jailbreak prompts and prompt injection. ' +
      'We fine-tune a pre-trained language model with instruction tuning and measure perplexity and attack success rate. ' +
      'Penetration testing of the deployed chatbot shows that the defense generalizes to unseen prompts.',
    target:
      '大语言模型（LLM）容易受到越狱提示和提示注入的攻击。' +
      '我们通过指令微调对预训练语言模型进行微调，并测量困惑度和攻击成功率。' +
      '对所部署聊天机器人的渗透测试表明，该防御能够泛化到未见过的提示。',
  },
  {
    id: 'cv',
    source:
      'Object detection models such as YOLO and Faster R-CNN are fooled by adversarial patches in the physical world. ' +
      'We evaluate the mean average precision (mAP) on COCO and propose a certified defense based on randomized smoothing.',
    target:
      'YOLO和Faster R-CNN等目标检测模型会被物理世界中的对抗补丁欺骗。' +
      '我们在COCO上评估平均精度均值（mAP），并提出一种基于随机平滑的认证防御。',
  },
  {
    id: 'opt',
    source:
      'We cast adversarial training as a min-max optimization problem and solve it with projected gradient descent (PGD). ' +
      'The learning rate, batch size and weight decay are tuned on the validation set, and the loss function is the cross-entropy.',
    target:
      '我们将对抗训练表述为一个极小极大优化问题，并用投影梯度下降（PGD）求解。' +
      '学习率、批量大小和权重衰减在验证集上调整，损失函数为交叉熵。',
  },
  {
    id: 'crypto',
    source:
      'We present a distributed protocol for quantum key distribution (QKD) whose resource allocation is provably fair. ' +
      'Its security proof relies on the distributive law of the underlying algebra, and a game-theoretic analysis covers rational attackers.',
    target:
      '我们提出一种用于量子密钥分发（QKD）的分布式协议，其资源分配可证明是公平的。' +
      '其安全性证明依赖于底层代数的分配律，博弈论分析则涵盖了理性的攻击者。',
  },
];

describe('precision of the built-in termbase on correct translations', () => {
  for (const unit of PARAGRAPHS) {
    it(`${unit.id}: no terminology, acronym or name findings with the source`, () => {
      const ctx = { glossary, document: { units: [unit] } };
      const found = CHECKS.flatMap((c) => c.run(unit, ctx));
      expect(found.map((f) => `${f.check}: ${f.target?.text ?? f.source?.text} — ${f.message}`)).toEqual([]);
    });
  }

  it('target-only, the same paragraphs raise no certain (non-suspect) terminology finding', () => {
    const units = PARAGRAPHS.map((u) => ({ ...u, source: '' }));
    const ctx = { glossary, document: { units } };
    const found = units.flatMap((u) => CHECKS.flatMap((c) => c.run(u, ctx))).filter((f) => f.confidence !== 'suspect');
    expect(found.map((f) => `${f.unitId} ${f.check}: ${f.target?.text} — ${f.message}`)).toEqual([]);
  });

  it('while the machine-translated versions of the same sentences are caught', () => {
    const bad: CheckUnit = {
      id: 'mt',
      source: PARAGRAPHS.find((p) => p.id === 'rl')!.source,
      target:
        '我们研究马尔可夫游戏中的多代理强化学习。每个代理用近端政策优化（PPO）学习政策，并从环境中获得稀疏报酬。' +
        '与Atari等电子游戏不同，这些代理必须达到纳什均衡。我们的算法比Q学习汇合更快，并提高了样本效率。',
    };
    const ctx = { glossary, document: { units: [bad] } };
    const texts = terminologyForbidden.run(bad, ctx).map((f) => f.target?.text);
    expect(texts).toEqual(expect.arrayContaining(['马尔可夫游戏', '多代理', '近端政策优化', '政策', '稀疏报酬', '汇合']));
    expect(texts.filter((t) => t === '代理')).toHaveLength(2);
    // 游戏 inside 电子游戏 (video games) stays correct.
    expect(texts).not.toContain('电子游戏');
  });
});
