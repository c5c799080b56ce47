import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTermbaseCsv, parseTermbaseFile, parseTermbaseJson, parseTermPairs, writeTermbaseCsv, csvSafe } from '../../../src/core/formats';
import { ImportError } from '../../../src/core/model';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url));
const d2l = new URL('../../../../shared/data/d2l-zh-terms/TERMINOLOGY.md', import.meta.url);

describe('CSV/TSV termbase import', () => {
  const r = parseTermbaseFile(fixture('ml-terms.csv'), 'ml-terms.csv');
  const [agent, state, pre, box] = r.termbase.concepts;

  it('maps Chinese header names (英文, 中文, 状态, 备注, 领域) and groups rows by English term', () => {
    expect(r.termbase.concepts.map((c) => c.en[0].text)).toEqual(['agent', 'state', 'pre-trained', 'white-box, black-box']);
    expect(agent.zh).toEqual([{ text: '智能体', status: 'preferred', note: 'RL sense' }, { text: '代理', status: 'forbidden' }]);
    expect(agent.domain).toBe('reinforcement learning');
    expect(state.zh[1]).toEqual({ text: '州', status: 'forbidden', note: 'only wrong when the source says state' });
    expect(r.warnings).toEqual([]);
  });

  it('splits several renderings in one cell and keeps quoted commas', () => {
    expect(pre.zh.map((z) => z.text)).toEqual(['预训练', '预先训练']);
    expect(box.zh).toEqual([{ text: '白盒, 黑盒', status: 'admitted', note: 'quoted, with commas' }]);
  });

  it('reads TSV with English header names and a forbidden column', () => {
    const t = parseTermbaseCsv('English\tChinese\tForbidden\tDo not translate\ngame\t博弈\t游戏\t\nImageNet\tImageNet\t\tyes\n', 'terms.tsv', '\t');
    expect(t.termbase.concepts[0].zh).toEqual([{ text: '博弈', status: 'preferred' }, { text: '游戏', status: 'forbidden' }]);
    expect(t.termbase.concepts[1].dnt).toBe(true);
  });

  it('says which header is missing', () => {
    expect(() => parseTermbaseCsv('中文,备注\n策略,x\n', 'bad.csv')).toThrow(ImportError);
    expect(() => parseTermbaseCsv('中文,备注\n策略,x\n', 'bad.csv')).toThrow(/bad\.csv, line 1: no English column in the header \(中文, 备注\)/);
  });

  it('warns about an unknown status and a row without English', () => {
    const t = parseTermbaseCsv('en,zh,status\npolicy,策略,maybe\n,政策,forbidden\n', 'w.csv');
    expect(t.warnings).toEqual([
      'w.csv, row 2: unknown status "maybe" (use preferred, admitted or forbidden); read as preferred.',
      'w.csv, row 3: no English term; the row was skipped.',
    ]);
  });
});

describe('CSV/TSV termbase export', () => {
  it('round-trips through parseTermbaseCsv', () => {
    const tb = parseTermbaseFile(fixture('ml-terms.tbx'), 'ml-terms.tbx').termbase;
    for (const d of [',', '\t'] as const) {
      const back = parseTermbaseCsv(writeTermbaseCsv(tb, d), 'x.csv', d).termbase.concepts;
      expect(back.map((c) => [c.id, c.en[0].text, c.en[0].acronym, c.zh.map((z) => [z.text, z.status])])).toEqual(
        tb.concepts.map((c) => [c.id, c.en[0].text, c.en[0].acronym, c.zh.map((z) => [z.text, z.status])]),
      );
    }
  });

  it('neutralises spreadsheet formulas in every cell', () => {
    const out = writeTermbaseCsv({ id: 't', name: 't', priority: 1, concepts: [
      { id: 'x', en: [{ text: '=HYPERLINK("http://evil.example","click")' }], zh: [{ text: '+1 训练', status: 'preferred', note: '@SUM(A1)' }], domain: '-2' },
    ] });
    expect(out).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(out).toContain("'+1 训练");
    expect(out).toContain("'@SUM(A1)");
    expect(out).toContain("'-2");
    // and the importer strips the protective quote again
    expect(parseTermbaseCsv(out, 'x.csv').termbase.concepts[0].en[0].text).toBe('=HYPERLINK("http://evil.example","click")');
  });

  it('csvSafe prefixes = + - @ tab and CR, and leaves other text alone', () => {
    expect(['=1+1', '+86', '-0.5', '@user', '\tx', '\rx', '策略', 'a=b'].map(csvSafe)).toEqual(["'=1+1", "'+86", "'-0.5", "'@user", "'\tx", "'\rx", '策略', 'a=b']);
  });
});

describe('one pair per line lists', () => {
  it('reads 中文，english pairs, acronyms in parentheses, list markers; reports non-pairs', () => {
    const r = parseTermPairs(fixture('ml-pairs.md').toString('utf8'), 'ml-pairs.md');
    expect(r.termbase.concepts.map((c) => [c.en[0].text, c.en[0].acronym, c.zh[0].text])).toEqual([
      ['game', undefined, '博弈'], ['converge', undefined, '收敛'], ['graph neural network', 'GNN', '图神经网络'], ['pre-trained', undefined, '预训练'],
    ]);
    expect(r.warnings).toEqual(['ml-pairs.md, line 11: not a "中文，english" pair; skipped.']);
  });

  it('refuses a file with no pair at all', () => {
    expect(() => parseTermPairs('# 标题\n\n只有中文\n', 'none.md')).toThrow(/no "中文，english" pairs found/);
  });

  describe.runIf(existsSync(d2l))('the d2l-zh TERMINOLOGY.md list', () => {
    it('imports all 138 pairs', () => {
      const r = parseTermbaseFile(readFileSync(d2l), 'TERMINOLOGY.md');
      expect(r.termbase.concepts).toHaveLength(138);
      expect(r.warnings).toEqual([]);
      const lstm = r.termbase.concepts.find((c) => c.en[0].text === 'long short-term memory');
      expect(lstm?.en[0].acronym).toBe('LSTM');
      expect(lstm?.zh[0].text).toBe('长短期记忆网络');
    });
  });
  if (!existsSync(d2l)) console.warn('csvTermbase: ../shared/data/d2l-zh-terms not present, skipping');
});

describe('JSON termbase', () => {
  it('reads the built-in format', () => {
    const r = parseTermbaseJson('{"id":"p","name":"项目术语","priority":90,"concepts":[{"id":"a","en":[{"text":"agent"}],"zh":[{"text":"智能体","status":"preferred"}]}]}', 'p.json');
    expect(r.termbase).toMatchObject({ id: 'p', name: '项目术语', priority: 90 });
  });
  it('names the concept with a bad status', () => {
    expect(() => parseTermbaseJson('{"concepts":[{"id":"a","en":[{"text":"agent"}],"zh":[{"text":"代理","status":"bad"}]}]}', 'p.json'))
      .toThrow(/concept 1 \("a"\): "zh" must be a list/);
  });
});
