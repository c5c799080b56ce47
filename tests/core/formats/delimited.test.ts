import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFormat, parseDelimited, parseFileBytes } from '../../../src/core/formats';
import { ImportError } from '../../../src/core/model';

const fixtures = join(__dirname, '..', '..', 'fixtures', 'basic');

function caught(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('parseDelimited: TSV', () => {
  const parsed = parseFileBytes(new Uint8Array(readFileSync(join(fixtures, 'units.tsv'))), 'units.tsv');

  it('reads one document per row when there is no document column, named by its first words', () => {
    expect(parsed.format).toBe('tsv');
    expect(parsed.documents.map((d) => d.units[0].id)).toEqual(['gnn-1', 'gnn-2', 'mim-1']);
    expect(parsed.documents[0].name.startsWith('Graph Neural Networks (GNNs)')).toBe(true);
    expect(parsed.documents[0].units[0].target).toBe('图神经网络(GNN)在各种图学习任务上表现出令人满意的性能。');
  });

  it('keeps an empty target as a missing translation and extra columns in extra', () => {
    const mim = parsed.documents[2].units[0];
    expect(mim.target).toBe('');
    expect(mim.extra).toEqual({ line: 4, columns: { note: 'untranslated' } });
  });

  it('accepts a .txt whose first line is the table header as TSV', () => {
    expect(detectFormat('units.txt', 'id\tsource\ttarget\n1\ta\t甲\n').id).toBe('tsv');
  });
});

describe('parseDelimited: CSV (RFC 4180)', () => {
  const bytes = new Uint8Array(readFileSync(join(fixtures, 'units.csv')));
  const parsed = parseFileBytes(bytes, 'units.csv');

  it('reads a case-insensitive header and groups rows by the document column', () => {
    expect(parsed.format).toBe('csv');
    expect(parsed.documents.map((d) => [d.name, d.units.map((u) => u.id)])).toEqual([
      ['desta', ['1', '2']],
      ['other', ['3']],
    ]);
  });

  it('keeps commas, CRLF line breaks and doubled quotes inside quoted fields', () => {
    const u2 = parsed.documents[0].units[1];
    expect(u2.source).toBe('This can place a learning agent in dangerous, potentially catastrophic system states.');
    const u3 = parsed.documents[1].units[0];
    expect(u3.source).toBe('First line of a multi-line source,\r\nsecond line with "quotes".');
    expect(u3.target).toBe('第一行，\r\n第二行带有“引号”。');
  });

  it('numbers rows by their first physical line, counting embedded line breaks', () => {
    const text = 'id,source,target\n1,"two\nlines",两行\n2,"three\nphysical\nlines",三行\n3,last,最后\n';
    const f = parseDelimited(text, 'lines.csv');
    expect(f.documents.map((d) => d.units[0].extra?.line)).toEqual([2, 4, 7]);
  });

  it('guesses a semicolon delimiter from the header', () => {
    const f = parseDelimited('id;source;target\n1;"policy; value";策略\n', 'excel.csv');
    expect(f.documents[0].units[0]).toMatchObject({ source: 'policy; value', target: '策略' });
  });

  it('skips blank lines and accepts a final row without newline', () => {
    const f = parseDelimited('id,source,target\n\n1,a,甲\n\n2,b,乙', 'blank.csv');
    expect(f.documents.map((d) => d.units[0].id)).toEqual(['1', '2']);
  });
});

describe('parseDelimited: errors name the file and the line', () => {
  it('missing columns in the header', () => {
    const e = caught(() => parseDelimited('id,src,tgt\n1,a,甲\n', 'terms.csv'));
    expect(e.line).toBe(1);
    expect(e.message).toContain('terms.csv, line 1: header must contain id, source and target; found id, src, tgt');
  });

  it('a TSV whose header has only two columns', () => {
    const e = caught(() => parseFileBytes(new TextEncoder().encode('source\ttarget\nGNN\t图神经网络\n'), 'pairs.tsv'));
    expect(e.message).toMatch(/^pairs\.tsv, line 1: header must contain id, source and target; found source, target \(missing: id/);
  });

  it('unbalanced quotes, at the line where the quoted field opens', () => {
    const text = 'id,source,target\r\n1,ok,好\r\n2,"never closed,未闭合\r\n3,c,丙\r\n';
    const e = caught(() => parseDelimited(text, 'broken.csv'));
    expect(e.line).toBe(3);
    expect(e.message).toContain('broken.csv, line 3');
    expect(e.message).toContain('unbalanced quotes');
  });

  it('malformed quotes in a TSV', () => {
    const e = caught(() => parseDelimited('id\tsource\ttarget\n1\t"Attention" is all you need\t注意力\n', 'q.tsv', '\t'));
    expect(e.message).toMatch(/^q\.tsv, line 2: a closing quote is followed by other text/);
  });

  it('a row with too few fields', () => {
    const e = caught(() => parseDelimited('id\tsource\ttarget\n1\ta\t甲\n2\tonly source\n', 'short.tsv', '\t'));
    expect(e.line).toBe(3);
    expect(e.message).toContain('short.tsv, line 3: this row has 2 fields but the header has 3');
    expect(e.message).toContain('a tab is missing');
  });

  it('a row with too many fields, but not for trailing empty ones', () => {
    const e = caught(() => parseDelimited('id,source,target\n1,Hello, world,你好\n', 'many.csv'));
    expect(e.message).toContain('many.csv, line 2: this row has 4 fields');
    expect(parseDelimited('id\tsource\ttarget\n1\ta\t甲\t\n', 'ok.tsv', '\t').documents).toHaveLength(1);
  });

  it('duplicate and empty ids', () => {
    const dup = caught(() => parseDelimited('id,source,target\n7,a,甲\n8,b,乙\n7,c,丙\n', 'dup.csv'));
    expect(dup.message).toBe('dup.csv, line 4: id "7" is used twice (first on line 2): ids must be unique.');
    const empty = caught(() => parseDelimited('id,source,target\n ,a,甲\n', 'noid.csv'));
    expect(empty.message).toContain('noid.csv, line 2: the id is empty');
  });

  it('an empty file and a header without rows', () => {
    expect(caught(() => parseDelimited('', 'e.csv')).message).toContain('e.csv: the file is empty');
    expect(caught(() => parseDelimited('id,source,target\r\n', 'h.csv')).message).toContain('no rows follow');
  });
});
