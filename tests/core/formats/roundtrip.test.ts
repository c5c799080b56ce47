import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  exportFileName, EXPORT_FORMATS, exportBilingual, parseBilingualXml, parseDelimited, parseFileBytes, parseJsonl, parsePo, stripPlaceholders, toExportFile,
  type ExportFile, type ExportFormat,
} from '../../../src/core/formats';
import type { ParsedFile, ParsedUnit } from '../../../src/core/model';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url));
const load = (name: string) => parseFileBytes(fixture(name), name);

/** What must survive a round trip: ids, texts, tags, states, notes. */
function essence(f: ParsedFile) {
  return f.documents.map((d) => ({
    name: d.name,
    units: d.units.map((u: ParsedUnit) => ({
      id: u.id, source: u.source, target: u.target, state: u.state, stateQualifier: u.stateQualifier, notes: u.notes,
      tags: u.tags?.map((t) => ({ id: t.id, kind: t.kind, element: t.element, attrs: t.attrs, content: t.content })),
    })),
  }));
}

function reimport(format: ExportFormat, f: ExportFile, name: string): ParsedFile {
  const text = exportBilingual(format, f);
  if (format === 'po') return parsePo(text, name);
  if (format === 'csv' || format === 'tsv') return parseDelimited(text, name);
  if (format === 'jsonl') return parseJsonl(text, name);
  return parseBilingualXml(text, name);
}

describe('round trips: import → export → import gives equal units, tags and states', () => {
  it.each([
    ['ml-review.xlf', 'xliff12'],
    ['ml-review-2.1.xlf', 'xliff21'],
    ['ml-memory.tmx', 'tmx'],
    ['ml-memory-1.1.tmx', 'tmx'],
    ['ml-review.po', 'po'],
  ] as const)('%s as %s', (name, format) => {
    const first = load(name);
    const second = reimport(format, toExportFile(first), name);
    expect(essence(second)).toEqual(essence(first));
    // and once more: the export is stable
    expect(exportBilingual(format, toExportFile(second))).toBe(exportBilingual(format, toExportFile(first)));
  });

  it('keeps several documents (a whole project) in one XLIFF and one TMX', () => {
    const f = load('ml-review.xlf');
    for (const format of ['xliff12', 'xliff21', 'tmx'] as const) {
      const back = reimport(format, toExportFile(f), 'project');
      expect(back.documents.map((d) => [d.name, d.units.length])).toEqual(f.documents.map((d) => [d.name, d.units.length]));
    }
  });

  it('CSV, TSV and JSONL exports read back with the same ids and texts (tags shown as labels in CSV)', () => {
    const f = load('ml-memory.tmx');
    for (const format of ['csv', 'tsv', 'jsonl'] as const) {
      const back = reimport(format, toExportFile(f), `x.${format}`);
      const units = back.documents.flatMap((d) => d.units);
      expect(units.map((u) => u.id)).toEqual(f.documents[0].units.map((u) => u.id));
      if (format === 'jsonl') expect(units.map((u) => u.target)).toEqual(f.documents[0].units.map((u) => u.target));
      else expect(units[0].target).toBe('<bpt1>培训数据</bpt1>是私有的。');
    }
  });
});

describe('exporting corrected work', () => {
  function corrected(): ExportFile {
    const f = toExportFile(load('ml-review.xlf'));
    const u = f.documents[0].units[0]; // 我们为强化学习(RL)代理<x2/>训练了一个<g1>安全政策</g1>。
    const [g1, g1c] = (u.tags ?? []).filter((t) => t.element === 'g').map((t) => t.id);
    const x2 = (u.tags ?? []).find((t) => t.element === 'x')?.id as string;
    u.corrected = `我们为强化学习（RL）智能体${x2}训练了一个${g1}安全策略${g1c}。`;
    u.reviewState = 'reviewed';
    u.reviewer = '李伟';
    u.mqmScore = 92;
    u.findingCounts = { major: 2, minor: 1 };
    return f;
  }

  it('XLIFF 1.2: corrected target, state signed-off, MT kept in <alt-trans origin="mt">, reviewer note', () => {
    const xml = exportBilingual('xliff12', corrected());
    expect(xml).toContain('<alt-trans origin="mt">');
    expect(xml).toContain('<trans-unit id="safe-rl-1" approved="yes">');
    const u = parseBilingualXml(xml, 'out.xlf').documents[0].units[0];
    expect(stripPlaceholders(u.target)).toBe('我们为强化学习（RL）智能体训练了一个安全策略。');
    expect(u.state).toBe('signed-off');
    expect(stripPlaceholders(u.extra?.mt as string)).toBe('我们为强化学习(RL)代理训练了一个安全政策。');
    expect(u.notes).toContain('reviewed by 李伟');
    expect(u.tags?.map((t) => t.element)).toEqual(['g', 'g', 'x']);
  });

  it('XLIFF 2.1: corrected target, state reviewed, MT in the matches module', () => {
    const xml = exportBilingual('xliff21', corrected());
    expect(xml).toMatch(/<mtc:match ref="#[^"]+" type="mt"/);
    const u = parseBilingualXml(xml, 'out.xlf').documents[0].units[0];
    expect(u.state).toBe('reviewed');
    expect(stripPlaceholders(u.target)).toBe('我们为强化学习（RL）智能体训练了一个安全策略。');
    expect(u.extra?.mt).toBe('我们为强化学习(RL)代理训练了一个安全政策。');
    expect(u.tags?.map((t) => [t.element, t.kind])).toEqual([['pc', 'open'], ['pc', 'close'], ['ph', 'standalone']]);
  });

  it('TMX: corrected target with the MT and the reviewer in <prop>', () => {
    const xml = exportBilingual('tmx', corrected());
    expect(xml).toContain('<prop type="x-mt">我们为强化学习(RL)代理训练了一个安全政策。</prop>');
    expect(xml).toContain('<prop type="x-reviewer">李伟</prop>');
    const u = parseBilingualXml(xml, 'out.tmx').documents[0].units[0];
    expect(stripPlaceholders(u.target)).toBe('我们为强化学习（RL）智能体训练了一个安全策略。');
    expect(u.state).toBe('reviewed');
    expect(u.extra?.reviewer).toBe('李伟');
  });

  it('CSV: id, source, machine translation, corrected target, MQM score, finding counts', () => {
    const csv = exportBilingual('csv', corrected());
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('document,id,source,machine translation,target,state,reviewer,MQM score,findings major,findings minor');
    expect(row).toBe('abstract-safe-rl.txt,safe-rl-1,We train a <g1>safe policy</g1> for <x2/>reinforcement learning (RL) agents.,我们为强化学习(RL)代理<x2/>训练了一个<g1>安全政策</g1>。,我们为强化学习（RL）智能体<x2/>训练了一个<g1>安全策略</g1>。,reviewed,李伟,92,2,1');
  });

  it('JSONL keeps MT, correction, score and counts', () => {
    const first = JSON.parse(exportBilingual('jsonl', corrected()).split('\n')[0]);
    expect(first).toMatchObject({ document: 'abstract-safe-rl.txt', id: 'safe-rl-1', state: 'reviewed', reviewer: '李伟', mqmScore: 92, findingCounts: { major: 2, minor: 1 } });
    expect(stripPlaceholders(first.mt)).toBe('我们为强化学习(RL)代理训练了一个安全政策。');
  });

  it('stays well-formed when the reviewer broke the tags (deleted, crossed, reversed)', () => {
    const f = corrected();
    const u = f.documents[0].units[0];
    const [g1, g1c, x2] = (u.tags ?? []).map((t) => t.id);
    for (const target of [`${g1c}倒置${g1}的标签`, `只有开始${g1}没有结束`, `交叉${g1}的${x2}标签`, '没有标签']) {
      u.corrected = target;
      for (const format of ['xliff12', 'xliff21', 'tmx'] as const) {
        const back = parseBilingualXml(exportBilingual(format, f), 'broken-tags');
        expect(stripPlaceholders(back.documents[0].units[0].target)).toBe(stripPlaceholders(target));
      }
    }
  });

  it('maps states across formats: XLIFF needs-review ↔ PO fuzzy ↔ XLIFF 2 translated + subState', () => {
    const f = load('ml-review.xlf'); // safe-rl-2 is needs-review-translation
    const po = parsePo(exportBilingual('po', toExportFile(f)), 'x.po').documents[0].units;
    expect(po.find((u) => u.id === 'safe-rl-2')?.state).toBe('fuzzy');
    expect(po.find((u) => u.id === 'safe-rl-1')?.state).toBeUndefined();
    const back = parseBilingualXml(exportBilingual('xliff12', toExportFile(parsePo(exportBilingual('po', toExportFile(f)), 'x.po'))), 'y.xlf');
    expect(back.documents[0].units.find((u) => u.id === 'safe-rl-2')?.state).toBe('needs-review-translation');
    const x2 = parseBilingualXml(exportBilingual('xliff21', toExportFile(f)), 'z.xlf').documents[0].units.find((u) => u.id === 'safe-rl-2');
    expect([x2?.state, x2?.stateQualifier]).toEqual(['translated', 'duizhao:needs-review-translation']);
  });

  it('converts between formats keeping texts and the number of tags', () => {
    const f = load('ml-review.xlf');
    for (const [from, to] of [['xliff12', 'tmx'], ['xliff12', 'xliff21'], ['tmx', 'xliff12']] as const) {
      const mid = reimport(from, toExportFile(f), 'a');
      const back = reimport(to, toExportFile(mid), 'b');
      const units = back.documents.flatMap((d) => d.units);
      const orig = f.documents.flatMap((d) => d.units);
      expect(units.map((u) => stripPlaceholders(u.target))).toEqual(orig.map((u) => stripPlaceholders(u.target)));
      expect(units.map((u) => (u.target.match(/[\uE000-\uF8FF]/g) ?? []).length)).toEqual(orig.map((u) => (u.target.match(/[\uE000-\uF8FF]/g) ?? []).length));
    }
  });
});

describe('export file names', () => {
  it('derives a safe name with the target language and the format extension', () => {
    expect(exportFileName('摘要 1: DESTA.txt', 'xliff12')).toBe('摘要 1_ DESTA.zh-CN.xlf');
    expect(exportFileName('project/a*b?', 'tmx', 'zh-TW')).toBe('project_a_b_.zh-TW.tmx');
    expect(exportFileName('', 'csv')).toBe('duizhao-export.zh-CN.csv');
    expect(EXPORT_FORMATS.map((f) => f.id)).toEqual(['xliff12', 'xliff21', 'xliff20', 'tmx', 'po', 'csv', 'tsv', 'jsonl']);
  });
});
