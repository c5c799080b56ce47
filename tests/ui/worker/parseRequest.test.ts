import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/core/model';
import { parseRequest } from '../../../src/worker/parseRequest';
import { runCheck } from '../../../src/worker/runCheck';
import { toParseFailure } from '../../../src/worker/toParseFailure';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('import worker protocol', () => {
  it('a good dump comes back parsed, with the request id', () => {
    const res = parseRequest({ id: 7, fileName: 'two.txt', bytes: utf8('图神经网络在图上学习。\ntranslated by 谷歌翻译\nGraphs are everywhere.\ntranslated by 谷歌翻译\n') });
    expect(res.id).toBe(7);
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.parsed.documents.map((d) => d.units[0].target || d.units[0].source)).toEqual(['图神经网络在图上学习。', 'Graphs are everywhere.']);
  });

  it('a bad file comes back as a plain failure naming file and line', () => {
    const res = parseRequest({ id: 8, fileName: 'bad.tsv', bytes: utf8('id\tsource\ttarget\n1\tOnly a source\n') });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.fileName).toBe('bad.tsv');
      expect(res.error.line).toBe(2);
      expect(res.error.problem.length).toBeGreaterThan(10);
    }
  });

  it('toParseFailure keeps ImportError fields and explains anything else', () => {
    expect(toParseFailure(new ImportError('a.csv', 'unbalanced quote', 4, 9), 'x')).toEqual({ fileName: 'a.csv', problem: 'unbalanced quote', line: 4, column: 9 });
    const other = toParseFailure(new RangeError('Invalid array length'), 'huge.txt');
    expect(other.fileName).toBe('huge.txt');
    expect(other.line).toBeUndefined();
    expect(other.problem).toMatch(/could not be read \(Invalid array length\)/);
  });
});

describe('check worker protocol', () => {
  it('checks a Chinese target and returns findings for its unit', async () => {
    const res = await runCheck({ id: 3, units: [{ id: '42', source: '', target: '我们对智能体进行培训，使其策略收敛。' }] });
    expect(res.ok).toBe(true);
    if (res.ok) {
      expect(res.findings.length).toBeGreaterThan(0);
      expect(res.findings.every((f) => f.unitId === '42')).toBe(true);
      expect(res.findings.some((f) => f.target?.text === '培训' && f.suggestion === '训练')).toBe(true);
    }
  });

  it('a correct target has no terminology finding', async () => {
    const res = await runCheck({ id: 4, units: [{ id: '43', source: '', target: '我们对智能体进行训练，使其策略收敛。' }] });
    expect(res.ok && res.findings.filter((f) => f.check.startsWith('terminology'))).toEqual([]);
  });
});
