import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportBilingual, parseBilingualXml, parseFileBytes, placeholderLabel, stripPlaceholders, toExportFile } from '../../../src/core/formats';
import { unitStatus, type ParsedUnit } from '../../../src/core/model';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url));
const byId = (units: ParsedUnit[], id: string) => units.find((u) => u.id === id) as ParsedUnit;
/** Unit text with tags shown as labels, as the UI shows it. */
const shown = (u: ParsedUnit, side: 'source' | 'target') =>
  u[side].replace(/[\uE000-\uF8FF]/g, (c) => placeholderLabel(u.tags?.find((t) => t.id === c) ?? { id: c, kind: 'standalone', element: '?' }));

describe('XLIFF 1.2 import', () => {
  const f = parseFileBytes(fixture('ml-review.xlf'), 'ml-review.xlf');
  const all = f.documents.flatMap((d) => d.units);

  it('makes one document per <file>, named after it, with the file languages', () => {
    expect(f.format).toBe('xliff');
    expect(f.documents.map((d) => d.name)).toEqual(['abstract-safe-rl.txt', 'abstract-gnn.txt']);
    expect([f.sourceLang, f.targetLang]).toEqual(['en', 'zh-CN']);
    expect(f.documents[1].units.map((u) => u.id)).toEqual(['gnn-1']);
  });

  it('turns <g> and <x/> into placeholders that keep offsets simple and tag text out of the words', () => {
    const u = byId(all, 'safe-rl-1');
    expect(shown(u, 'source')).toBe('We train a <g1>safe policy</g1> for <x2/>reinforcement learning (RL) agents.');
    expect(shown(u, 'target')).toBe('我们为强化学习(RL)代理<x2/>训练了一个<g1>安全政策</g1>。');
    expect(stripPlaceholders(u.target)).toBe('我们为强化学习(RL)代理训练了一个安全政策。');
    // the same tag in source and target is the same placeholder character
    const gOpen = u.tags?.find((t) => t.element === 'g' && t.kind === 'open');
    expect(u.source.indexOf(gOpen?.id as string)).toBe(11);
    expect(u.target.includes(gOpen?.id as string)).toBe(true);
    expect(u.target.length).toBe('我们为强化学习(RL)代理训练了一个安全政策。'.length + 3);
  });

  it('keeps native code content of <bpt>/<ept>/<ph> verbatim', () => {
    const u = byId(all, 'safe-rl-2');
    const kinds = u.tags?.map((t) => [t.element, t.kind, t.content]);
    expect(kinds).toEqual([
      ['bpt', 'open', '&lt;b&gt;'],
      ['ept', 'close', '&lt;/b&gt;'],
      ['ph', 'standalone', '{envName}'],
    ]);
    expect(stripPlaceholders(u.target)).toBe('代理汇合到中的稳定点。');
  });

  it('reads state and state-qualifier, notes and the MT in <alt-trans>', () => {
    const u1 = byId(all, 'safe-rl-1');
    expect([u1.state, u1.stateQualifier]).toEqual(['translated', 'leveraged-mt']);
    expect(u1.notes).toEqual(['政策 should be 策略 in RL.']);
    expect(byId(all, 'safe-rl-2').extra?.mt).toBe('代理汇合到稳定的点。');
    expect(byId(all, 'safe-rl-5').state).toBe('final');
  });

  it('splits a pre-segmented unit (<seg-source> / <mrk mtype="seg">) into one unit per segment', () => {
    const s1 = byId(all, 'safe-rl-3#1');
    const s2 = byId(all, 'safe-rl-3#2');
    expect(stripPlaceholders(s1.source)).toBe('Pre-trained policies are unsafe.');
    expect(s1.target).toBe('预验证的政策是不安全的。');
    expect(shown(s2, 'target')).toBe('我们用<mrk>DESTA</mrk>修复它们。');
    expect((s1.extra?.gaps as { source: string[] }).source).toEqual(['', ' ', '']);
  });

  it('imports a unit without <target> with an empty target: translation missing', () => {
    const u = byId(all, 'safe-rl-4');
    expect(u.target).toBe('');
    expect(unitStatus(u)).toBe('translation missing');
  });

  it('keeps escaped markup as literal text, never as tags', () => {
    const u = byId(all, 'safe-rl-5');
    expect(u.source).toBe('Inputs like <script>alert(1)</script> & "quotes" stay text.');
    expect(u.tags).toBeUndefined();
    expect(u.target).toContain('<script>alert(1)</script>');
  });

  it('labels bx/ex/it tags for the UI', () => {
    const u = byId(all, 'gnn-1');
    expect(shown(u, 'source')).toBe('<bx5>Graph neural networks</bx6> leak <it7>group properties.');
  });

  it('accepts the XLIFF 1.1 namespace', () => {
    const xml = `<?xml version="1.0"?><xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1"><file original="a" source-language="en" target-language="zh-CN" datatype="plaintext"><body>
      <trans-unit id="1"><source>loss function</source><target>损失函数</target></trans-unit></body></file></xliff>`;
    const p = parseBilingualXml(xml, 'old.xlf');
    expect(p.documents[0].units[0]).toMatchObject({ id: '1', source: 'loss function', target: '损失函数' });
  });

  it('renames duplicate trans-unit ids with a warning naming both lines', () => {
    const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="zh-CN" datatype="plaintext"><body>
<trans-unit id="7"><source>agent</source><target>代理</target></trans-unit>
<trans-unit id="7"><source>agents</source><target>智能体</target></trans-unit>
</body></file></xliff>`;
    const p = parseBilingualXml(xml, 'dup.xlf');
    expect(p.documents[0].units.map((u) => u.id)).toEqual(['7', '7_2']);
    expect(p.warnings.join('\n')).toMatch(/trans-unit id "7" is used twice \(lines 2 and 3\); the second was imported as "7_2"/);
  });

  it('keeps an unknown inline element as a placeholder and writes it back as native code', () => {
    const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:ext="urn:example:ext"><file original="a" source-language="en" target-language="zh-CN" datatype="plaintext"><body>
<trans-unit id="1"><source>Hello <ext:var name="user"/>!</source><target>你好<ext:var name="user"/>！</target></trans-unit></body></file></xliff>`;
    const u = parseBilingualXml(xml, 'ext.xlf').documents[0].units[0];
    expect(u.tags).toEqual([{ id: '\uE000', kind: 'standalone', element: 'ext:var', attrs: { name: 'user' }, content: '<ext:var name="user"/>' }]);
    for (const format of ['xliff12', 'xliff21', 'tmx'] as const) {
      const back = parseBilingualXml(exportBilingual(format, toExportFile(parseBilingualXml(xml, 'ext.xlf'))), 'back').documents[0].units[0];
      expect(stripPlaceholders(back.target)).toBe('你好！');
      expect(back.tags?.[0].content).toMatch(/ext:var name="user"/);
    }
  });

  it('warns when the target language is not Chinese', () => {
    const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="de" datatype="plaintext"><body>
<trans-unit id="1"><source>agent</source><target>Agent</target></trans-unit></body></file></xliff>`;
    expect(parseBilingualXml(xml, 'de.xlf').warnings[0]).toMatch(/target language is de, not Chinese/);
  });
});

describe('XLIFF 2.x import', () => {
  const f = parseFileBytes(fixture('ml-review-2.1.xlf'), 'ml-review-2.1.xlf');
  const all = f.documents.flatMap((d) => d.units);

  it('reads languages, units and one unit per <segment>, keeping ignorable text for export', () => {
    expect([f.sourceLang, f.targetLang]).toEqual(['en-US', 'zh-CN']);
    expect(all.map((u) => u.id)).toEqual(['gnn-title#s1', 'gnn-title#s2', 'gnn-2', 'gnn-3']);
    expect((all[0].extra?.ignorables as unknown[]).length).toBe(1);
  });

  it('maps <pc>, <sc>/<ec>, <ph> to placeholders with their original data', () => {
    const [s1, s2] = all;
    expect(shown(s1, 'target')).toBe('我们研究<pc1>图形神经网络</pc1>。');
    expect(s1.tags?.[0]).toMatchObject({ element: 'pc', kind: 'open', content: '<em>' });
    expect(s1.tags?.[1]).toMatchObject({ element: 'pc', kind: 'close', content: '</em>' });
    expect(shown(s2, 'source')).toBe('Attacks infer <sc2>training data</sc2> properties.<ph3/>');
    expect(s2.tags?.find((t) => t.element === 'ph')?.content).toBe('<br/>');
  });

  it('reads state and subState per segment and the unit notes', () => {
    expect([all[0].state, all[1].state, all[1].stateQualifier]).toEqual(['translated', 'reviewed', 'duizhao:checked']);
    expect(all[0].notes).toEqual(['图神经网络 is the usual term.']);
    expect(all[2]).toMatchObject({ state: 'initial', target: '' });
  });

  it('keeps <mrk> and <sm/>/<em/> annotations as tags', () => {
    expect(shown(all[2], 'source')).toBe('White-box and <mrk m1>black-box</mrk m1> settings.');
    expect(shown(all[3], 'target')).toBe('现实图表<sm m2>很大</sm m2>。');
  });

  it('imports XLIFF 2.2 with a warning that module data is kept for display only', () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.2" version="2.2" srcLang="en" trgLang="zh-CN"><file id="f1">
      <unit id="u1"><segment><source>You deleted one file.</source><target>你删除了一个文件。</target></segment></unit></file></xliff>`;
    const p = parseBilingualXml(xml, 'new.xlf');
    expect(p.documents[0].units[0].target).toBe('你删除了一个文件。');
    expect(p.warnings[0]).toMatch(/XLIFF 2\.2 file/);
  });

  it('rejects an unknown XLIFF namespace precisely', () => {
    expect(() => parseBilingualXml('<xliff xmlns="urn:example:xliff:9" version="9"/>', 'x.xlf')).toThrow(/unsupported XLIFF namespace urn:example:xliff:9/);
  });
});
