import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFileBytes, parseJsonl } from '../../../src/core/formats';
import { ImportError } from '../../../src/core/model';

const fixture = join(__dirname, '..', '..', 'fixtures', 'basic', 'units.jsonl');

function caught(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('parseJsonl', () => {
  const parsed = parseFileBytes(new Uint8Array(readFileSync(fixture)), 'units.jsonl');

  it('reads objects, groups by document, skips blank lines and accepts numeric ids', () => {
    expect(parsed.format).toBe('jsonl');
    expect(parsed.documents.map((d) => d.units.map((u) => u.id))).toEqual([['1', '2'], ['3']]);
    expect(parsed.documents[0].name).toBe('cmt');
    expect(parsed.documents[0].units[0].target).toBe('我们在ImageNet-1K上达到79.6%的top-1准确率。');
  });

  it('treats an absent target as missing and keeps unknown keys in extra', () => {
    const u3 = parsed.documents[1].units[0];
    expect(u3.target).toBe('');
    expect(u3.extra).toEqual({ line: 4 });
    expect(parsed.documents[0].units[1].extra).toEqual({ line: 2, columns: { reviewer: 'li' } });
  });

  it('reports invalid JSON with its line number', () => {
    const e = caught(() => parseJsonl('{"id":"1","source":"a","target":"甲"}\n{"id":"2","source":"b",\n', 'bad.jsonl'));
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/^bad\.jsonl, line 2: not valid JSON/);
  });

  it('rejects non-objects, missing ids, wrong types and duplicate ids, naming the line', () => {
    expect(caught(() => parseJsonl('["1","a","甲"]\n', 'a.jsonl')).message).toContain('a.jsonl, line 1: expected an object');
    expect(caught(() => parseJsonl('\n{"source":"a","target":"甲"}\n', 'b.jsonl')).message).toContain('b.jsonl, line 2: "id" is missing');
    expect(caught(() => parseJsonl('{"id":"1","source":42,"target":"甲"}\n', 'c.jsonl')).message).toContain('"source" of unit "1" must be a string');
    expect(caught(() => parseJsonl('{"id":"1"}\n', 'd.jsonl')).message).toContain('neither "source" nor "target"');
    expect(caught(() => parseJsonl('{"id":"1","source":"a"}\r\n{"id":1,"target":"甲"}\r\n', 'e.jsonl')).message).toBe(
      'e.jsonl, line 2: id "1" is used twice (first on line 1): ids must be unique.',
    );
  });

  it('rejects a file without any object', () => {
    expect(caught(() => parseJsonl('\n\n', 'empty.jsonl')).message).toContain('empty.jsonl: the file is empty');
  });
});

const arxiv = join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'arxiv-adv-tencentmt', 'pairs-2021-2023.jsonl');
if (!existsSync(arxiv)) console.warn('jsonl.test: ../shared/data/arxiv-adv-tencentmt not present, skipping');

describe.runIf(existsSync(arxiv))('parseJsonl on third-party data (arXiv abstracts with Tencent MT)', () => {
  it('imports every line as a unit, keeping the other keys as columns', () => {
    const bytes = new Uint8Array(readFileSync(arxiv));
    const parsed = parseFileBytes(bytes, 'pairs-2021-2023.jsonl');
    const lines = new TextDecoder().decode(bytes).split('\n').filter((l) => l.trim()).length;
    const units = parsed.documents.flatMap((d) => d.units);
    expect(units).toHaveLength(lines);
    const first = JSON.parse(new TextDecoder().decode(bytes).split('\n')[0]) as Record<string, string>;
    expect(units[0].source).toBe(first.source);
    expect(units[0].target).toBe(first.target);
    expect(units[0].extra).toMatchObject({ line: 1, columns: { title_en: first.title_en } });
  });
});
