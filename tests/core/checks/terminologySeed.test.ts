import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Check, CheckUnit } from '../../../src/core/checks/Check';
import { acronymExpansion } from '../../../src/core/checks/acronymExpansion';
import { namesProtected } from '../../../src/core/checks/namesProtected';
import { terminologyForbidden } from '../../../src/core/checks/terminologyForbidden';
import { terminologyInconsistent } from '../../../src/core/checks/terminologyInconsistent';
import { terminologyNotFollowed } from '../../../src/core/checks/terminologyNotFollowed';
import { builtinTermbase, compileGlossary } from '../../../src/core/glossary';
import type { Finding } from '../../../src/core/model';

const CHECKS: Check[] = [acronymExpansion, terminologyForbidden, terminologyNotFollowed, terminologyInconsistent, namesProtected];
const glossary = compileGlossary([builtinTermbase()]);

function runAll(units: CheckUnit[]): Finding[] {
  const ctx = { glossary, document: { units } };
  return units.flatMap((u) => CHECKS.flatMap((c) => c.run(u, ctx)));
}

// The seed dump: each abstract is one line followed by "translated by 谷歌翻译"; blocks 1 and 2 are Chinese.
const lines = readFileSync(join(__dirname, '../../../seeds/000_2c0d154558004bfd.txt'), 'utf8').split(/\r?\n/);
const blocks = lines.filter((_line, i) => lines[i + 1]?.startsWith('translated by'));
const units: CheckUnit[] = [
  { id: '1', source: '', target: blocks[0] },
  { id: '2', source: '', target: blocks[1] },
];
const findings = runAll(units);
const of = (unitId: string, check: string, text: string) =>
  findings.filter((f) => f.unitId === unitId && f.check === check && f.target?.text === text);

describe('the seed, target-only, with the built-in termbase', () => {
  it('slices every span out of its unit', () => {
    for (const f of findings) {
      const t = units.find((u) => u.id === f.unitId)!.target;
      expect(t.slice(f.target!.start, f.target!.end)).toBe(f.target!.text);
    }
  });

  it('block 1: the DESTA expansion, with the suggestion 分布式探索安全训练算法', () => {
    const [f] = of('1', 'acronym.expansion', '分配探索安全培训算法');
    expect(f).toMatchObject({ severity: 'major', mqm: 'Terminology', suggestion: '分布式探索安全训练算法' });
    expect(units[0].target.slice(f.target!.end, f.target!.end + 7)).toBe('(DESTA)');
  });

  it('block 1: 政策 ×4, 培训 ×3, 州 (suspect), 游戏, 汇合, 预验证', () => {
    expect(of('1', 'terminology.forbidden', '政策').map((f) => f.suggestion)).toEqual(['策略', '策略', '策略', '策略']);
    expect(of('1', 'terminology.forbidden', '培训').map((f) => f.suggestion)).toEqual(['训练', '训练', '训练']);
    expect(of('1', 'terminology.forbidden', '州')).toMatchObject([{ suggestion: '状态', confidence: 'suspect', severity: 'minor' }]);
    expect(of('1', 'terminology.forbidden', '游戏')).toMatchObject([{ suggestion: '博弈' }]);
    expect(of('1', 'terminology.forbidden', '汇合')).toMatchObject([{ suggestion: '收敛', severity: 'major' }]);
    expect(of('1', 'terminology.forbidden', '预验证')).toMatchObject([{ suggestion: '预训练', severity: 'major' }]);
  });

  it('block 1: 代理/代理人 and 策略/政策 inconsistencies, Openai Gym', () => {
    expect(of('1', 'terminology.inconsistent', '代理人')).toHaveLength(2);
    expect(of('1', 'terminology.inconsistent', '代理人')[0].suggestion).toBe('智能体');
    expect(of('1', 'terminology.inconsistent', '政策')).toHaveLength(4);
    expect(of('1', 'names.protected', 'Openai Gym')).toMatchObject([{ suggestion: 'OpenAI Gym', mqm: 'Locale conventions/Name' }]);
  });

  it('block 2: 培训数据 ×2, 图形神经网络, 图形属性, 小组财产, 白色框, 现实图表, GNNS, 精度/准确性', () => {
    expect(of('2', 'terminology.forbidden', '培训数据').map((f) => f.suggestion)).toEqual(['训练数据', '训练数据']);
    expect(of('2', 'terminology.forbidden', '图形神经网络')).toMatchObject([{ suggestion: '图神经网络', severity: 'major' }]);
    expect(of('2', 'terminology.forbidden', '图形属性')).toMatchObject([{ suggestion: '图属性', severity: 'minor' }]);
    expect(of('2', 'terminology.forbidden', '小组财产')).toMatchObject([{ suggestion: '群体属性' }]);
    expect(of('2', 'terminology.forbidden', '白色框')).toMatchObject([{ suggestion: '白盒' }]);
    expect(of('2', 'terminology.forbidden', '现实图表')).toHaveLength(1);
    expect(of('2', 'names.protected', 'GNNS')).toMatchObject([{ suggestion: 'GNNs' }]);
    const accuracy = findings.filter((f) => f.check === 'terminology.inconsistent' && f.termId === 'dl.accuracy');
    // SEED-REVIEW: 攻击精度 … 准确性, accuracy rendered two ways, one rendering (准确率): both
    // admitted, neither the preferred one, so every occurrence is unified to 准确率
    expect(accuracy.map((f) => [f.target!.text, f.suggestion])).toEqual([['准确性', '准确率'], ['精度', '准确率'], ['准确性', '准确率']]);
  });

  it('flags nothing on Lunar Lander, Frozen Lake, RL or DESTA', () => {
    const keep = /^(Lunar Lander|Frozen Lake|RL|DESTA)$/;
    expect(findings.filter((f) => keep.test(f.target!.text))).toEqual([]);
  });
});

describe('precision: a correct translation of an ML paragraph', () => {
  const source =
    'Safe reinforcement learning (RL) trains an agent whose policy must respect safety constraints in every state. ' +
    'We propose a distributed exploration algorithm in which two agents play a game, and we prove that training converges. ' +
    'Pre-trained policies are evaluated on OpenAI Gym environments such as Lunar Lander. ' +
    'On real-world graphs, a graph neural network (GNN) attacked in the white-box and black-box settings reveals group properties of its training data; ' +
    'our property inference attack reaches high accuracy.';
  const target =
    '安全强化学习（RL）训练一个智能体，其策略必须在每个状态下满足安全约束。' +
    '我们提出一种分布式探索算法，其中两个智能体进行博弈，并证明训练过程收敛。' +
    '预训练的策略在Lunar Lander等OpenAI Gym环境中进行评估。' +
    '在真实世界的图上，在白盒和黑盒设置下受到攻击的图神经网络（GNN）会泄露其训练数据的群体属性；' +
    '我们的属性推断攻击达到了很高的准确率。';

  it('yields no terminology, acronym or name findings', () => {
    const found = runAll([{ id: 'p', source, target }]);
    expect(found.map((f) => `${f.check}: ${f.target?.text ?? f.source?.text} — ${f.message}`)).toEqual([]);
  });

  it('and the same text target-only yields none either', () => {
    expect(runAll([{ id: 'p', source: '', target }])).toEqual([]);
  });

  it('nor do correct translations of adversarial-ML, LLM and federated-learning abstracts', () => {
    const pairs: [string, string][] = [
      ['Deep neural networks are vulnerable to adversarial examples, which are crafted by adding imperceptible perturbations to clean images. We propose a black-box attack that estimates gradients with only query access to the target model. Experiments on ImageNet and CIFAR-10 show that our method achieves a higher attack success rate than existing transfer-based attacks, while adversarial training remains the most effective defense.',
        '深度神经网络容易受到对抗样本的攻击，对抗样本是通过向干净图像添加不可察觉的扰动而构造的。我们提出一种黑盒攻击，仅通过对目标模型的查询访问来估计梯度。在ImageNet和CIFAR-10上的实验表明，我们的方法比现有的基于迁移的攻击取得了更高的攻击成功率，而对抗训练仍然是最有效的防御。'],
      ['Large language models (LLMs) are pre-trained on massive text corpora and fine-tuned with reinforcement learning from human feedback. We study jailbreak prompts that bypass their safety alignment, and we show that a simple classifier can detect such prompts with high precision and recall.',
        '大语言模型（LLM）在海量文本语料上进行预训练，并通过基于人类反馈的强化学习进行微调。我们研究绕过其安全对齐的越狱提示，并表明一个简单的分类器就能以很高的精确率和召回率检测此类提示。'],
      ['In federated learning, clients train local models on private data and a server aggregates their updates. We show that a malicious client can inject a backdoor through model poisoning, and we propose a robust aggregation rule that provides differential privacy guarantees.',
        '在联邦学习中，客户端在私有数据上训练本地模型，服务器聚合它们的更新。我们表明，恶意客户端可以通过模型投毒植入后门，并提出一种提供差分隐私保证的鲁棒聚合规则。'],
    ];
    const units = pairs.map(([s, t], i) => ({ id: `p${i}`, source: s, target: t }));
    expect(runAll(units).map((f) => `${f.unitId} ${f.check}: ${f.target?.text ?? f.source?.text} — ${f.message}`)).toEqual([]);
  });

  it('while the typical machine errors in the same abstracts are found', () => {
    const source = 'In federated learning, clients train robust local models; a white-box attack crafts adversarial examples.';
    const target = '在联合学习中，客户端训练健壮的本地模型；白色框攻击制作对抗性例子。';
    const found = runAll([{ id: 'm', source, target }]).filter((f) => f.check === 'terminology.forbidden');
    // each error is inside a certain finding (the termbase may hold a longer term around it: 白色框攻击)
    for (const error of ['联合学习', '健壮', '白色框', '对抗性例子']) {
      const at = target.indexOf(error);
      expect(found.some((f) => f.confidence === 'certain' && f.target!.start <= at && f.target!.end >= at + error.length), error).toBe(true);
    }
    expect(found).toHaveLength(4);
  });
});
