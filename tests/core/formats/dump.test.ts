import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDump, parseFileBytes } from '../../../src/core/formats';
import { ImportError, unitStatus } from '../../../src/core/model';

const seedPath = join(__dirname, '..', '..', '..', 'seeds', '000_2c0d154558004bfd.txt');
const seedText = readFileSync(seedPath, 'utf8');

const ZH = '强化学习(RL)涉及在未知系统中执行探索性动作。这可以将学习代理放在危险且潜在的灾难性系统中。';
const EN = 'Graph Neural Networks (GNNs) have shown satisfying performance on various graph learning tasks.';
const EN2 = 'Masked image modeling (MIM) performs strongly in pre-training large vision Transformers (ViTs).';

function caught(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('parseDump on the seed', () => {
  const parsed = parseDump(seedText, '000_2c0d154558004bfd.txt');
  const units = parsed.documents.flatMap((d) => d.units);

  it('yields exactly 10 documents of one unit each, ids 1..10', () => {
    expect(parsed.format).toBe('dump');
    expect(parsed.documents).toHaveLength(10);
    expect(parsed.documents.every((d) => d.units.length === 1)).toBe(true);
    expect(units.map((u) => u.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(parsed.warnings).toEqual([]);
  });

  it('finds 2 Chinese units (blocks 1–2, target only) and 8 English ones (source only)', () => {
    expect(units.map((u) => u.detected?.lang)).toEqual(['zh', 'zh', 'en', 'en', 'en', 'en', 'en', 'en', 'en', 'en']);
    for (const u of units.slice(0, 2)) {
      expect(u.source).toBe('');
      expect(u.target).toMatch(/^[强随]/);
    }
    for (const u of units.slice(2)) {
      expect(u.target).toBe('');
      expect(u.source).toMatch(/^[A-Z]/);
    }
  });

  it('gives the statuses the document list shows: 2 "source missing", 8 "translation missing"', () => {
    expect(units.map((u) => unitStatus(u))).toEqual([
      'source missing',
      'source missing',
      ...Array<string>(8).fill('translation missing'),
    ]);
  });

  it("keeps each unit's text identical to the file's block (compared with the raw bytes)", () => {
    const bytes = readFileSync(seedPath);
    const lines = bytes.toString('utf8').split('\n');
    const blocks = lines.filter((_, i) => i % 2 === 0 && i < 20);
    units.forEach((u, i) => {
      const text = u.source || u.target;
      expect(Buffer.from(text, 'utf8').equals(Buffer.from(blocks[i], 'utf8'))).toBe(true);
    });
    expect(lines.filter((_, i) => i % 2 === 1)).toEqual(Array(10).fill('translated by 谷歌翻译'));
  });

  it('gives every block a confidence in (0, 1] and the engine from the marker', () => {
    for (const u of units) {
      expect(u.detected!.confidence).toBeGreaterThan(0);
      expect(u.detected!.confidence).toBeLessThanOrEqual(1);
      expect(u.engine).toBe('谷歌翻译');
    }
    expect(units[0].detected!.code).toBe('cmn');
    expect(units[2].detected!.code).toBe('eng');
  });

  it('names each document by its first words', () => {
    expect(parsed.documents[0].name.startsWith('强化学习(RL)')).toBe(true);
    expect(parsed.documents[0].name.length).toBeLessThanOrEqual(21);
    expect(parsed.documents[2].name).toMatch(/^Masked image modeling \(MIM\) performs.*…$/);
    expect(parsed.documents[8].name.startsWith('Graph Neural Networks (GNNs)')).toBe(true);
  });
});

describe('parseDump edge cases', () => {
  it('tolerates CRLF line ends and still keeps the text exact', () => {
    const f = parseDump(`${ZH}\r\ntranslated by 谷歌翻译\r\n${EN}\r\ntranslated by DeepL\r\n`, 'crlf.txt');
    expect(f.documents.map((d) => d.units[0].target || d.units[0].source)).toEqual([ZH, EN]);
    expect(f.documents[1].units[0].engine).toBe('DeepL');
    expect(f.documents[0].units[0].target.includes('\r')).toBe(false);
  });

  it('drops a leading BOM', () => {
    const f = parseDump(`\uFEFF${ZH}\ntranslated by 谷歌翻译\n`, 'bom.txt');
    expect(f.documents[0].units[0].target).toBe(ZH);
  });

  it('accepts a file without a final newline', () => {
    const f = parseDump(`${EN}\ntranslated by 谷歌翻译\n${EN2}\ntranslated by 谷歌翻译`, 'nofinal.txt');
    expect(f.documents).toHaveLength(2);
    expect(f.documents[1].units[0].source).toBe(EN2);
    expect(f.warnings).toEqual([]);
  });

  it('ignores blank lines between blocks and around markers', () => {
    const f = parseDump(`\n\n${ZH}\n\ntranslated by 谷歌翻译\n\n   \n${EN}\ntranslated by 谷歌翻译\n\n`, 'blank.txt');
    expect(f.documents.map((d) => d.units[0].id)).toEqual(['1', '2']);
    expect(f.documents[0].units[0].target).toBe(ZH);
    expect(f.documents[1].units[0].source).toBe(EN);
  });

  it('joins a block over several lines with "\\n", keeping inner blank lines and trailing spaces', () => {
    const block = `${EN} \n${EN2}\n\nA third paragraph, still the same abstract.`;
    const f = parseDump(`${block}\r\ntranslated by 谷歌翻译\r\n`.replace(/\n/g, '\r\n').replace(/\r\r/g, '\r'), 'multi.txt');
    expect(f.documents).toHaveLength(1);
    expect(f.documents[0].units[0].source).toBe(block);
  });

  it('imports a last block without a marker, with a warning naming its line', () => {
    const f = parseDump(`${ZH}\ntranslated by 谷歌翻译\n\n${EN}\n`, 'cut.txt');
    expect(f.documents).toHaveLength(2);
    expect(f.documents[1].units[0].source).toBe(EN);
    expect(f.documents[1].units[0].engine).toBeUndefined();
    expect(f.warnings).toHaveLength(1);
    expect(f.warnings[0]).toContain('cut.txt, line 4');
    expect(f.warnings[0]).toContain('no \'translated by');
  });

  it('skips a marker with no text above it, with a warning', () => {
    const f = parseDump(`${ZH}\ntranslated by 谷歌翻译\ntranslated by 谷歌翻译\n${EN}\ntranslated by 谷歌翻译\n`, 'twice.txt');
    expect(f.documents).toHaveLength(2);
    expect(f.warnings[0]).toContain('line 3');
  });

  it('does not take a long sentence starting with "Translated by" for a marker', () => {
    const sentence =
      'Translated by professional annotators, the corpus contains 10,000 sentence pairs drawn from arXiv abstracts in machine learning.';
    const f = parseDump(`${sentence}\ntranslated by 谷歌翻译\n`, 'long.txt');
    expect(f.documents).toHaveLength(1);
    expect(f.documents[0].units[0].source).toBe(sentence);
  });

  it('reports a non-English, non-Chinese block with a warning instead of guessing silently', () => {
    const de = 'Die Katze schläft auf dem Sofa und träumt von den Mäusen im Garten hinter dem Haus.';
    const f = parseDump(`${de}\ntranslated by 谷歌翻译\n`, 'de.txt');
    expect(f.documents[0].units[0].detected?.lang).toBe('und');
    expect(f.documents[0].units[0].detected?.code).toBe('deu');
    expect(f.warnings[0]).toMatch(/de\.txt, line 1: .*deu/);
  });

  it('rejects an empty file', () => {
    for (const text of ['', '\uFEFF', '\n\n  \r\n']) {
      const e = caught(() => parseDump(text, 'empty.txt'));
      expect(e.message).toContain('empty.txt');
      expect(e.message).toContain('empty');
    }
  });

  it('rejects text with no marker line, saying it is not a dump', () => {
    const e = caught(() => parseDump(`${EN}\n${EN2}\n`, 'notes.txt'));
    expect(e.message).toContain('notes.txt');
    expect(e.message).toContain("no 'translated by …' marker line found: this is not a duizhao dump file");
  });

  it('parses a 50 MB dump built from the seed', () => {
    const copies = Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(seedText, 'utf8'));
    // The seed has no final newline: join the copies with one.
    const big = Array<string>(copies).fill(seedText).join('\n');
    const bytes = new TextEncoder().encode(big);
    expect(bytes.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    const f = parseFileBytes(bytes, 'big.txt'); // decode + detect + parse, as the app does
    expect(f.documents).toHaveLength(copies * 10);
    const last = f.documents[f.documents.length - 1].units[0];
    expect(last.id).toBe(String(copies * 10));
    expect(last.source.startsWith('This paper focuses on designing efficient models')).toBe(true);
    expect(f.documents.filter((d) => d.units[0].detected?.lang === 'zh')).toHaveLength(copies * 2);
  }, 120_000);
});
