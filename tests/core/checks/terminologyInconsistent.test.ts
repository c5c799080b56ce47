import { describe, expect, it } from 'vitest';
import type { CheckUnit } from '../../../src/core/checks/Check';
import { findInconsistencies, terminologyInconsistent } from '../../../src/core/checks/terminologyInconsistent';
import { compileGlossary } from '../../../src/core/glossary';
import { testTermbase } from '../glossary/matcherTermbase';

const glossary = compileGlossary([
  testTermbase([
    { id: 'precision', en: [{ text: 'precision' }], zh: [{ text: '精确率', status: 'preferred' }, { text: '精度', status: 'admitted' }] },
  ]),
]);
const runDoc = (units: CheckUnit[]) => units.flatMap((u) => terminologyInconsistent.run(u, { glossary, document: { units } }));
const u = (id: string, target: string, source = ''): CheckUnit => ({ id, source, target });

describe('terminology.inconsistent', () => {
  it('flags the minority rendering 代理人 against 代理, suggesting the preferred 智能体', () => {
    const units = [u('1', '安全代理控制系统，任务代理执行动作。'), u('2', '任务代理人最大化奖励。')];
    const found = runDoc(units);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      unitId: '2', check: 'terminology.inconsistent', severity: 'minor', mqm: 'Terminology/Inconsistent',
      target: { start: 2, end: 5, text: '代理人' }, suggestion: '智能体', termId: 'agent',
    });
    expect(found[0].message).toContain('代理 (2×)');
    expect(found[0].message).toContain('代理人 (1×)');
  });

  it('keeps the preferred rendering when it is used: 政策 flagged against 策略 even as the majority', () => {
    const found = runDoc([u('1', '现有政策的安全性和RL政策。'), u('2', '任务代理执行其策略。')]);
    expect(found.map((f) => [f.unitId, f.target!.text, f.suggestion])).toEqual([
      ['1', '政策', '策略'], ['1', '政策', '策略'],
    ]);
  });

  it('two admitted renderings and not the preferred one: every occurrence is reported, suggesting the preferred 准确率', () => {
    // not the more frequent 准确性 for 精度: the document should use the field's term throughout
    const found = runDoc([u('1', '攻击的准确性优于基线，模型准确性损失很小，但攻击精度下降。')]);
    expect(found.map((f) => [f.target!.text, f.suggestion])).toEqual([['准确性', '准确率'], ['准确性', '准确率'], ['精度', '准确率']]);
    expect(found[0].message).toContain('use one rendering throughout, 准确率.');
  });

  it('uses the source to tell 精度 for precision from accuracy', () => {
    const units = [u('1', '精度很高。', 'Precision is high.'), u('2', '准确率很高。', 'Accuracy is high.')];
    expect(runDoc(units)).toEqual([]);
  });

  it('finds nothing in a consistent document, nor for 安全/安全性 (approved, one inside the other)', () => {
    expect(runDoc([u('1', '智能体学习策略。'), u('2', '该策略由智能体执行。')])).toEqual([]);
    expect(runDoc([u('1', '提高安全性。'), u('2', '安全探索很重要。')])).toEqual([]);
    const g2 = compileGlossary([testTermbase([{ id: 'adv-attack', en: [{ text: 'adversarial attack' }], zh: [
      { text: '对抗攻击', status: 'preferred' }, { text: '对抗性攻击', status: 'admitted' }, { text: '敌意攻击', status: 'forbidden' },
    ] }])]);
    const units = [u('1', '对抗性攻击很强。'), u('2', '对抗攻击很强，敌意攻击也是。')];
    const found = units.flatMap((x) => terminologyInconsistent.run(x, { glossary: g2, document: { units } }));
    expect(found.map((f) => f.target!.text)).toEqual(['敌意攻击']);
  });

  it('works on a unit alone and across a whole project', () => {
    expect(terminologyInconsistent.run(u('1', '培训和训练'), { glossary }).map((f) => f.target!.text)).toEqual(['培训']);
    const project = [u('a1', '智能体学习。'), u('b1', '代理学习。'), u('b2', '代理人学习。')];
    const found = findInconsistencies(project, glossary);
    expect(found.map((f) => [f.unitId, f.target!.text])).toEqual([['b1', '代理'], ['b2', '代理人']]);
    expect(found.every((f) => f.suggestion === '智能体')).toBe(true);
  });

  it('does not report a mix of approved renderings of a generic word', () => {
    const g2 = compileGlossary([testTermbase([{ id: 'performance', en: [{ text: 'performance' }], generic: true, zh: [
      { text: '性能', status: 'preferred' }, { text: '表现', status: 'admitted' }, { text: '绩效', status: 'forbidden' },
    ] }])]);
    const units = [u('1', '性能很好，表现稳定。'), u('2', '模型的绩效很好。')];
    const found = units.flatMap((x) => terminologyInconsistent.run(x, { glossary: g2, document: { units } }));
    expect(found.map((f) => f.target!.text)).toEqual(['绩效']);
  });

  it('reads a unit edited in place from its new text, not from the statistics kept for the document', () => {
    const units = [u('1', '安全代理控制系统，任务代理执行动作。'), u('2', '任务代理人最大化奖励。')];
    const ctx = { glossary, document: { units } };
    expect(terminologyInconsistent.run(units[1], ctx).map((f) => f.target!.text)).toEqual(['代理人']);
    units[1].target = '任务最大化奖励。';
    expect(terminologyInconsistent.run(units[1], ctx)).toEqual([]);
  });

  it('finds a concept rendered two ways inside one unit with a source, and nothing when the source lacks the term', () => {
    const target = '我们的策略优于基线，该政策在测试中稳定。';
    const withPolicy = terminologyInconsistent.run(u('1', target, 'Our policy beats the baseline, and the policy is stable in tests.'), { glossary });
    expect(withPolicy.map((f) => [f.target!.text, f.suggestion])).toEqual([['政策', '策略']]);
    expect(terminologyInconsistent.run(u('1', target, 'Our method beats the baseline and is stable in tests.'), { glossary })).toEqual([]);
  });

  it('with a source, reports only the concepts rendered two ways among several source terms, each against its own rendering', () => {
    // agent and training have one rendering each (智能体, 训练) and come before and between the
    // renderings of policy (策略 ×2, 政策 ×1) and of precision (精确率 ×1, 精度 ×2)
    const target = '智能体的策略通过训练得到，其精确率高；该政策的精度和策略的精度都稳定。';
    const source = 'The agent learns its policy by training, with high precision; the policy precision and the policy precision are stable.';
    const found = terminologyInconsistent.run(u('1', target, source), { glossary });
    expect(found.map((f) => [f.target!.text, f.target!.start, f.suggestion, f.termId])).toEqual([
      ['政策', 20, '策略', 'policy'],
      ['精度', 23, '精确率', 'precision'],
      ['精度', 29, '精确率', 'precision'],
    ]);
    expect(found[0].message).toContain('策略 (2×), 政策 (1×)');
    expect(found[1].message).toContain('精度 (2×), 精确率 (1×)');
  });

  it('needs a glossary', () => {
    expect(terminologyInconsistent.run(u('1', '培训和训练'), {})).toEqual([]);
  });
});
