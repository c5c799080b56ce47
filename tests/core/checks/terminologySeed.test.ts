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
    expect(of('2', 'terminology.forbidden', '图形属性')).toMatchObject([{ suggestion: '图属性' }]);
    expect(of('2', 'terminology.forbidden', '小组财产')).toMatchObject([{ suggestion: '群体属性' }]);
    expect(of('2', 'terminology.forbidden', '白色框')).toMatchObject([{ suggestion: '白盒' }]);
    expect(of('2', 'terminology.forbidden', '现实图表')).toHaveLength(1);
    expect(of('2', 'names.protected', 'GNNS')).toMatchObject([{ suggestion: 'GNNs' }]);
    const accuracy = findings.filter((f) => f.check === 'terminology.inconsistent' && f.termId === 'dl.accuracy');
    expect(accuracy.map((f) => f.target!.text)).toEqual(['精度']);
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
});
