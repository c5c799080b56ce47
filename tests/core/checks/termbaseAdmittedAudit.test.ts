import { describe, expect, it } from 'vitest';
import { terminologyNotFollowed } from '../../../src/core/checks/terminologyNotFollowed';
import { runBuiltin } from './runBuiltin';

/*
 * Renderings of the built-in termbase that the precision audit of Tencent MT (session 8) found
 * acceptable: each is no longer "not followed", while a rendering that misses the term still is.
 */
const notFollowed = (source: string, target: string) => runBuiltin(terminologyNotFollowed, source, target).map((f) => f.termId);

describe('admitted renderings from the precision audit (built-in termbase)', () => {
  const cases: [string, string, string, string][] = [
    ['sec.evasion-attack', 'Evasion is the most studied attack on malware detectors.', '逃避是针对恶意软件检测器研究最多的攻击。', '躲开是针对恶意软件检测器研究最多的攻击。'],
    ['sec.membership-inference', 'Membership inference attacks reveal training records.', '成员关系推断攻击会泄露训练记录。', '会籍猜测攻击会泄露训练记录。'],
    ['sec.poisoning-attack', 'Poisoning the training data plants a backdoor.', '毒化训练数据会植入后门。', '弄脏训练数据会植入后门。'],
    ['nlp.tokenizer', 'Both models share the same tokenizer.', '两个模型共享同一个标记器。', '两个模型共享同一个切分工具。'],
    ['sec.adaptive-attack', 'The defence fails under adaptive attacks.', '该防御在适应性攻击下失效。', '该防御在调适攻击下失效。'],
    ['dl.training-sample', 'We remove the most influential training instances.', '我们移除最有影响的训练实例。', '我们移除最有影响的训练个例。'],
    ['dl.fairness', 'AI fairness matters in credit scoring.', '人工智能公平在信用评分中很重要。', '人工智能公道在信用评分中很重要。'],
    ['graph.social-network', 'Bots spread rumours on social networks.', '机器人在社会网络上传播谣言。', '机器人在交际网上传播谣言。'],
    ['eval.false-negative', 'The detector lowers the false negative rate.', '该检测器降低了漏检率。', '该检测器降低了错过率。'],
    ['eval.outlier', 'Outliers in the data are removed first.', '首先去除数据中的孤立点。', '首先去除数据中的怪点。'],
    ['sec.group-property', 'Group property inference attacks target GNNs.', '群属性推理攻击针对GNN。', '小组物业推理攻击针对GNN。'],
    ['dl.ddpm', 'We use a denoising diffusion probabilistic model.', '我们使用去噪扩散概率模型。', '我们使用去噪扩散模型。'],
    ['nlp.masked-language-modeling', 'We continue training by masked language modeling.', '我们通过掩蔽语言建模继续训练。', '我们通过蒙版语言任务继续训练。'],
    ['rl.q-learning', 'The agent is trained with deep Q-learning.', '该智能体用深度Q-学习训练。', '该智能体用深度强化方法训练。'],
  ];
  for (const [termId, source, accepted, missed] of cases) {
    it(`${termId}: ${accepted.slice(0, 12)}… is followed, a miss is not`, () => {
      expect(notFollowed(source, accepted)).not.toContain(termId);
      expect(notFollowed(source, missed)).toContain(termId);
    });
  }
});
