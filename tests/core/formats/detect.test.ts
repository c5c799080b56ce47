import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFormat, FORMATS, parseFileBytes, registerFormat, supportedExtensions } from '../../../src/core/formats';
import type { FormatParser } from '../../../src/core/formats';
import { ImportError } from '../../../src/core/model';

const seedPath = join(__dirname, '..', '..', '..', 'seeds', '000_2c0d154558004bfd.txt');

describe('format registry', () => {
  it('picks the dump parser for the seed file and parses its bytes end to end', () => {
    const bytes = new Uint8Array(readFileSync(seedPath));
    expect(detectFormat('000_2c0d154558004bfd.txt', '').id).toBe('dump');
    const parsed = parseFileBytes(bytes, '000_2c0d154558004bfd.txt');
    expect(parsed.format).toBe('dump');
    expect(parsed.documents).toHaveLength(10);
  });

  it('matches extensions case-insensitively and ignores folders in the name', () => {
    expect(detectFormat('C:\\Users\\li\\Desktop\\SEED.TXT', 'x\ntranslated by DeepL\n').id).toBe('dump');
  });

  it('rejects an unknown extension with a message listing the supported ones', () => {
    let err: unknown;
    try {
      detectFormat('notes.docx', 'hello');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ImportError);
    const msg = (err as ImportError).message;
    expect(msg).toContain('notes.docx');
    expect(msg).toContain('.docx are not supported');
    for (const ext of supportedExtensions()) expect(msg).toContain(ext);
    expect(supportedExtensions()).toContain('.txt');
  });

  it('lets a later format join the registry and win on its sniff when extensions are shared', () => {
    const fake: FormatParser = {
      id: 'test-numbered',
      label: 'numbered lines (test only)',
      extensions: ['txt', 'numbered'],
      sniff: (t) => /^1\. /.test(t),
      parse: (text, fileName) => ({
        format: 'test-numbered',
        fileName,
        sourceLang: 'en',
        targetLang: 'zh',
        documents: [{ name: 'n', units: [{ id: '1', source: text.slice(3), target: '' }] }],
        warnings: [],
      }),
    };
    const before = FORMATS.length;
    registerFormat(fake);
    registerFormat(fake); // same id: replaced, not duplicated
    try {
      expect(FORMATS.length).toBe(before + 1);
      expect(detectFormat('a.txt', '1. Graph neural networks').id).toBe('test-numbered');
      expect(detectFormat('a.txt', 'Graph neural networks\ntranslated by 谷歌翻译').id).toBe('dump');
      expect(parseFileBytes(new TextEncoder().encode('1. GNNs'), 'x.numbered').documents[0].units[0].source).toBe('GNNs');
    } finally {
      FORMATS.splice(FORMATS.indexOf(fake), 1);
    }
  });

  it('surfaces decoding problems from parseFileBytes before choosing a parser', () => {
    expect(() => parseFileBytes(new Uint8Array(0), 'empty.txt')).toThrow(/empty\.txt: the file is empty/);
    expect(() => parseFileBytes(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), 'a.txt')).toThrow(
      /a\.txt: looks like a binary file, not text/,
    );
    expect(() => parseFileBytes(new TextEncoder().encode('Just some notes.\nNo markers here.'), 'notes.txt')).toThrow(
      /notes\.txt: no 'translated by …' marker line found/,
    );
  });
});
