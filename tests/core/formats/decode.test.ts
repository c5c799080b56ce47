import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/formats';
import { ImportError } from '../../../src/core/model';

const ZH = '强化学习(RL)涉及在未知系统中执行探索性动作。';

function caught(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

function utf16(text: string, bigEndian: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const all = (bom ? '\uFEFF' : '') + text;
  for (let i = 0; i < all.length; i++) {
    const c = all.charCodeAt(i);
    out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
    out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
  }
  return out;
}

describe('decodeText', () => {
  it('decodes UTF-8 without BOM', () => {
    expect(decodeText(new TextEncoder().encode(`${ZH}\ntranslated by 谷歌翻译\n`), 'a.txt')).toBe(`${ZH}\ntranslated by 谷歌翻译\n`);
  });

  it('drops a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(ZH)]);
    expect(decodeText(bytes, 'bom.txt')).toBe(ZH);
  });

  it('decodes UTF-16LE and UTF-16BE with BOM, including an astral character', () => {
    const text = `${ZH} 𠀋 GNN\r\n`;
    expect(decodeText(utf16(text, false), 'le.txt')).toBe(text);
    expect(decodeText(utf16(text, true), 'be.txt')).toBe(text);
  });

  it('recognises UTF-16LE without BOM by its zero bytes instead of calling it binary', () => {
    const text = 'id\tsource\ttarget\n1\tGraph neural networks\t图神经网络\n';
    expect(decodeText(utf16(text, false, false), 'nobom.tsv')).toBe(text);
  });

  it('decodes GBK/GB18030 bytes when they are not UTF-8 (中文 = D6 D0 CE C4)', () => {
    expect(decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]), 'gbk.txt')).toBe('中文');
    // "模型 GNN\n训练" in GBK: 模 C4A3 型 D0CD, 训 D1B5 练 C1B7
    const bytes = new Uint8Array([0xc4, 0xa3, 0xd0, 0xcd, 0x20, 0x47, 0x4e, 0x4e, 0x0a, 0xd1, 0xb5, 0xc1, 0xb7]);
    expect(decodeText(bytes, 'gbk.txt')).toBe('模型 GNN\n训练');
  });

  it('rejects bytes that are neither UTF-8 nor GB18030, naming the line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('first line\nsecond '), 0xff, 0x41, 0x0a]);
    const e = caught(() => decodeText(bytes, 'broken.txt'));
    expect(e.fileName).toBe('broken.txt');
    expect(e.line).toBe(2);
    expect(e.message).toContain('broken.txt, line 2');
    expect(e.message).toContain('not valid UTF-8');
    expect(e.message).toContain('save the file as UTF-8');
  });

  it('does not take Latin-1 English for GB18030 Chinese', () => {
    // "café naïve résumé" in Latin-1: é=E9 ï=EF; GB18030 would decode it as garbage Han
    const bytes = new Uint8Array([...'caf'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65]));
    expect(() => decodeText(bytes, 'latin1.txt')).toThrow(/not valid UTF-8/);
  });

  it('rejects an empty file and a BOM-only file', () => {
    expect(caught(() => decodeText(new Uint8Array(0), 'empty.tsv')).message).toMatch(/^empty\.tsv: the file is empty/);
    expect(caught(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf]), 'bom.tsv')).message).toContain('the file is empty');
  });

  it('rejects binary files: NUL bytes, control characters, ZIP and PDF signatures', () => {
    const withNul = new Uint8Array([0x68, 0x69, 0x00, 0x01, 0x02, 0x68, 0x69, 0x00, 0x05]);
    expect(caught(() => decodeText(withNul, 'model.bin')).message).toContain('model.bin: looks like a binary file, not text');
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x07 : 0x61));
    expect(caught(() => decodeText(controls, 'c.txt')).message).toContain('looks like a binary file, not text');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(caught(() => decodeText(zip, 'terms.xlsx')).message).toMatch(/binary file, not text \(a ZIP archive/);
    const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n');
    expect(caught(() => decodeText(pdf, 'paper.txt')).message).toContain('a PDF document');
  });

  it('keeps tabs, CR and form feeds as text', () => {
    expect(decodeText(new TextEncoder().encode('a\tb\r\nc\fd'), 't.tsv')).toBe('a\tb\r\nc\fd');
  });
});
