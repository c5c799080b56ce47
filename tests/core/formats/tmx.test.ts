import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBilingualXml, parseFileBytes, placeholderLabel, writeTmx, toExportFile } from '../../../src/core/formats';
import { ImportError, type ParsedUnit } from '../../../src/core/model';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url));
const shown = (u: ParsedUnit, side: 'source' | 'target') =>
  u[side].replace(/[\uE000-\uF8FF]/g, (c) => placeholderLabel(u.tags?.find((t) => t.id === c) ?? { id: c, kind: 'standalone', element: '?' }));

function tmx(tus: string, header = 'srclang="en-US"'): string {
  return `<?xml version="1.0"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" ${header} datatype="plaintext"/><body>\n${tus}\n</body></tmx>`;
}

describe('TMX import', () => {
  const f = parseFileBytes(fixture('ml-memory.tmx'), 'ml-memory.tmx');
  const units = f.documents[0].units;

  it('picks the English variant as source and the Chinese one as target', () => {
    expect(f.format).toBe('tmx');
    expect([f.sourceLang, f.targetLang]).toEqual(['en-US', 'zh-CN']);
    expect(units.map((u) => u.id)).toEqual(['tm-1', 'tm-2', 'tm-3', 'tm-4']);
    // tm-3 has a French variant between the two: ignored
    expect(units[2].target.replace(/[\uE000-\uF8FF]/g, '')).toBe('点击这里。');
  });

  it('turns <bpt>/<ept>/<ph>/<it>/<hi> into placeholders and keeps <sub> inside the code', () => {
    expect(shown(units[0], 'target')).toBe('<bpt1>培训数据</bpt1>是私有的。');
    expect(shown(units[1], 'source')).toBe('See <ph1/>Figure 1</it2> and <hi>Table 2</hi>.');
    expect(units[2].tags?.[0].content).toBe('&lt;a title="<sub>Open the paper</sub>"&gt;');
  });

  it('reads notes and props; a <tu> without Chinese gets an empty target and a warning', () => {
    expect(units[0].notes).toEqual(['Term check: training → 训练']);
    expect(units[0].extra?.props).toEqual([{ type: 'x-domain', value: 'machine learning' }]);
    expect(units[3].target).toBe('');
    expect(f.warnings.join('\n')).toMatch(/1 of 4 <tu> have no Chinese variant/);
  });

  it('reads TMX 1.1 (lang= instead of xml:lang, upper-case codes) and numbers units without tuid', () => {
    const p = parseFileBytes(fixture('ml-memory-1.1.tmx'), 'old.tmx');
    expect(p.documents[0].units.map((u) => [u.id, u.source, u.target])).toEqual([
      ['1', 'Few-shot learning', '少镜头学习'],
      ['2', 'Robust models', '健壮的模型'],
    ]);
  });

  it('picks en + zh out of a five-language memory', () => {
    const p = parseBilingualXml(tmx(`<tu><tuv xml:lang="fr-FR"><seg>apprentissage</seg></tuv><tuv xml:lang="ja-JP"><seg>学習</seg></tuv>
      <tuv xml:lang="en-GB"><seg>learning</seg></tuv><tuv xml:lang="de"><seg>Lernen</seg></tuv><tuv xml:lang="zh-TW"><seg>學習</seg></tuv></tu>`), 'five.tmx');
    expect(p.documents[0].units[0]).toMatchObject({ source: 'learning', target: '學習' });
    expect(p.targetLang).toBe('zh-TW');
  });

  it('rejects a memory with no Chinese variant, listing the languages it has', () => {
    const bad = tmx('<tu><tuv xml:lang="en-US"><seg>policy</seg></tuv><tuv xml:lang="fr-FR"><seg>politique</seg></tuv></tu>');
    expect(() => parseBilingualXml(bad, 'fr.tmx')).toThrow(ImportError);
    expect(() => parseBilingualXml(bad, 'fr.tmx')).toThrow('fr.tmx: no Chinese (zh-*) variant found in any <tu>; languages present: en-US, fr-FR');
  });

  it('rejects a Chinese→Japanese memory: no English source', () => {
    const bad = tmx('<tu><tuv xml:lang="zh-CN"><seg>策略</seg></tuv><tuv xml:lang="ja-JP"><seg>方策</seg></tuv></tu>', 'srclang="zh-CN"');
    expect(() => parseBilingualXml(bad, 'zhja.tmx')).toThrow(/no English \(en-\*\) variant found in any <tu>; languages present: zh-CN, ja-JP/);
  });

  it('renames duplicate tuids with a warning', () => {
    const p = parseBilingualXml(tmx(`<tu tuid="a"><tuv xml:lang="en"><seg>agent</seg></tuv><tuv xml:lang="zh"><seg>代理</seg></tuv></tu>
<tu tuid="a"><tuv xml:lang="en"><seg>agents</seg></tuv><tuv xml:lang="zh"><seg>智能体</seg></tuv></tu>`), 'dup.tmx');
    expect(p.documents[0].units.map((u) => u.id)).toEqual(['a', 'a_2']);
    expect(p.warnings[0]).toMatch(/tu id "a" is used twice \(lines 2 and 3\)/);
  });

  it('splits a project export back into its documents by the x-document prop', () => {
    const file = toExportFile({
      sourceLang: 'en', targetLang: 'zh-CN',
      documents: [
        { name: '摘要一', units: [{ id: '1', source: 'policy', target: '策略' }] },
        { name: '摘要二', units: [{ id: '1', source: 'state', target: '状态' }] },
      ],
    });
    const p = parseBilingualXml(writeTmx(file), 'project.tmx');
    expect(p.documents.map((d) => [d.name, d.units.map((u) => u.target)])).toEqual([['摘要一', ['策略']], ['摘要二', ['状态']]]);
  });
});
