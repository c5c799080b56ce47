/**
 * English/Chinese sentence pairs written for the benchmark corpus (not taken from any
 * data set). Some translations carry the errors duizhao looks for (培训 for training,
 * 政策 for policy, half-width punctuation, a wrong number), so every check has work.
 */
export const SENTENCE_PAIRS: [string, string][] = [
  ['Deep reinforcement learning has achieved remarkable success in games and robotics.', '深度强化学习在游戏和机器人领域取得了显著成功。'],
  ['However, training a policy that is robust to adversarial perturbations remains challenging.', '然而，训练一个对对抗扰动具有鲁棒性的策略仍然具有挑战性。'],
  ['In this paper, we propose a novel framework for safe exploration in unknown environments.', '在本文中,我们提出了一种在未知环境中进行安全探索的新框架。'],
  ['Our method trains two agents simultaneously: a safety agent and a task agent.', '我们的方法同时培训两个代理:一个安全代理和一个任务代理。'],
  ['We evaluate the approach on three benchmarks and report an average improvement of 4.2%.', '我们在三个基准上评估了该方法，平均提升了4.2%。'],
  ['Graph neural networks (GNNs) are widely used for node classification and link prediction.', '图神经网络（GNN）被广泛用于节点分类和链接预测。'],
  ['Membership inference attacks reveal whether a sample was part of the training data.', '成员推断攻击揭示了一个样本是否属于训练数据。'],
  ['We show that the pre-trained model leaks sensitive attributes of its training set.', '我们表明，预验证的模型会泄露其训练集的敏感属性。'],
  ['The attack achieves a success rate of 97.5% with only 100 queries.', '该攻击仅用100次查询就达到了97.5%的成功率。'],
  ['Experiments on CIFAR-10 and ImageNet-1K demonstrate the effectiveness of our defense.', '在CIFAR-10和ImageNet-1K上的实验证明了我们防御的有效性。'],
  ['Federated learning enables multiple clients to train a shared model without exchanging data.', '联邦学习使多个客户端能够在不交换数据的情况下训练共享模型。'],
  ['We prove that the algorithm converges to a stationary point under mild assumptions.', '我们证明了该算法在温和的假设下汇合到一个稳定点。'],
  ['The policy network is optimised with proximal policy optimization (PPO).', '政策网络使用近端策略优化(PPO)进行优化。'],
  ['Adversarial examples are inputs with small perturbations that cause misclassification.', '对抗样本是带有微小扰动、会导致错误分类的输入。'],
  ['We further design a lightweight detector that runs in real time on a single GPU.', '我们进一步设计了一个可以在单个GPU上实时运行的轻量级检测器。'],
  ['Our code is available at https://example.org/duizhao-bench.', '我们的代码可在https://example.org/duizhao-bench获得。'],
  ['The state space grows exponentially with the number of agents.', '州空间随着代理人数量呈指数增长。'],
  ['We consider a two-player zero-sum game between the attacker and the defender.', '我们考虑攻击者与防御者之间的两人零和博弈。'],
  ['Large language models are vulnerable to prompt injection and jailbreak attacks.', '大型语言模型容易受到提示注入和越狱攻击。'],
  ['The white-box setting assumes full access to model parameters and gradients.', '白色框设置假设可以完全访问模型参数和梯度。'],
  ['In the black-box setting, the adversary can only query the model outputs.', '在黑盒设置中，对手只能查询模型输出。'],
  ['Extensive experiments show that our approach outperforms five state-of-the-art baselines.', '大量实验表明，我们的方法优于五种最先进的基线方法。'],
  ['We release a dataset of 12,000 annotated images for future research.', '我们发布了一个包含12000张标注图像的数据集，供未来研究使用。'],
  ['Differential privacy provides a formal guarantee against such inference attacks.', '差分隐私为此类推断攻击提供了形式化的保证。'],
  ['The accuracy drops from 91.3% to 45.6% under the proposed attack.', '在所提出的攻击下，准确率从91.3%下降到45.6%。'],
  ['Moreover, the defense incurs negligible overhead at inference time.', '此外，该防御在推理时产生的开销可以忽略不计。'],
  ['We train the model for 200 epochs with a batch size of 256.', '我们以256的批大小训练模型200个周期。'],
  ['Backdoor attacks implant hidden triggers into the model during training.', '后门攻击在训练期间向模型植入隐藏的触发器。'],
  ['The results reveal a trade-off between robustness and clean accuracy.', '结果揭示了鲁棒性与干净准确率之间的权衡。'],
  ['Finally, we discuss limitations and directions for future work.', '最后，我们讨论了局限性和未来工作的方向。'],
  ['Our framework generalizes to unseen environments such as Lunar Lander and Frozen Lake.', '我们的框架可以推广到未见过的环境，如Lunar Lander和Frozen Lake。'],
  ['The transformer encoder processes the sequence of image patches in parallel.', 'Transformer编码器并行处理图像块序列。'],
];

/** Deterministic PRNG (mulberry32) so every run generates the same corpus. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
