import { describe, expect, it } from 'vitest';
import { tags } from '../../../src/core/checks/tags';
import { CHECKS } from '../../../src/core/checks/registry';
import { parseBilingualXml } from '../../../src/core/formats';
import type { CheckUnit } from '../../../src/core/checks/Check';

const HEAD = '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="zh-CN" datatype="plaintext"><body>';
/** A unit as imported from XLIFF, so placeholders and tags are real. */
function unit(source: string, target: string): CheckUnit {
  const u = parseBilingualXml(`${HEAD}<trans-unit id="1"><source>${source}</source><target>${target}</target></trans-unit></body></file></xliff>`, 't.xlf').documents[0].units[0];
  return { id: u.id, source: u.source, target: u.target, tags: u.tags };
}
const run = (u: CheckUnit) => tags.run(u, {});

describe('tags check', () => {
  it('is registered as Design and markup, major', () => {
    expect(CHECKS).toContain(tags);
    expect([tags.mqm, tags.defaultSeverity]).toEqual(['Design and markup', 'major']);
  });

  it('is silent when the target has the same tags in the same order', () => {
    expect(run(unit('Train a <g id="1">safe policy</g> for <x id="2"/>agents.', '训练<g id="1">安全策略</g>，用于<x id="2"/>智能体。'))).toEqual([]);
    expect(run(unit('The <g id="1">policy</g> converges.', '<g id="1">策略</g>收敛。'))).toEqual([]);
  });

  it('is silent for units without tags, and for an empty target (untranslated is another check)', () => {
    expect(run(unit('policy', '策略'))).toEqual([]);
    expect(run(unit('<x id="1"/>policy', ''))).toEqual([]);
  });

  it('reports a tag missing from the target, pointing at it in the source', () => {
    const u = unit('See <x id="7"/>Figure 1.', '见图1。');
    const f = run(u);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ check: 'tags', severity: 'major', mqm: 'Design and markup', source: { start: 4, end: 5 } });
    expect(f[0].message).toBe('The tag <x7/> of the source is missing in the translation; put it back where it belongs.');
  });

  it('reports a tag added or duplicated in the target', () => {
    const u = unit('<x id="1"/>Graph neural networks', '<x id="1"/>图神经网络<x id="1"/>');
    const f = run(u);
    expect(f).toHaveLength(1);
    expect(f[0].target).toEqual({ start: 6, end: 7, text: u.target[6] });
    expect(f[0].message).toMatch(/^The tag <x1\/> is not in the source \(added or duplicated\)/);
  });

  it('reports a closing tag before its opening tag as broken markup', () => {
    const base = unit('The <g id="1">policy</g> converges.', '<g id="1">策略</g>收敛。');
    const [open, close] = base.tags?.map((t) => t.id) ?? [];
    const f = run({ ...base, target: `${close}策略${open}收敛。` });
    expect(f.some((x) => x.severity === 'major' && /closing tag <\/g1> comes before its opening tag <g1>/.test(x.message))).toBe(true);
  });

  it('reports crossed pairs as broken markup', () => {
    const base = unit('<g id="1">safe</g> <g id="2">policy</g>', '<g id="1">安全</g><g id="2">策略</g>');
    const [o1, c1, o2, c2] = base.tags?.map((t) => t.id) ?? [];
    const f = run({ ...base, target: `${o1}安全${o2}的${c1}策略${c2}` });
    expect(f.some((x) => /<g1> and <g2> cross each other/.test(x.message))).toBe(true);
  });

  it('reports other order changes as minor (Chinese word order may move a tag legitimately)', () => {
    const u = unit('<x id="1"/>RL and <x id="2"/>DESTA', '<x id="2"/>DESTA和<x id="1"/>强化学习');
    const f = run(u);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'minor' });
    expect(f[0].message).toMatch(/is in a different order than in the source/);
  });

  it('works without tag data, naming tags by number', () => {
    const u = unit('See <x id="7"/>Figure 1.', '见图1。');
    const f = run({ ...u, tags: undefined });
    expect(f[0].message).toBe('The tag #1 of the source is missing in the translation; put it back where it belongs.');
  });
});
