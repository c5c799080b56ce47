import { describe, expect, it } from 'vitest';
import {
  parseBilingualXml, parseBilingualXmlChunks, parseBilingualXmlByteChunks, parseFileBytes, parseTbx, writeDelimited, decodeXmlBytes,
} from '../../../src/core/formats';
import { ImportError } from '../../../src/core/model';

const XLIFF_HEAD = '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="zh-CN" datatype="plaintext"><body>';
const XLIFF_TAIL = '</body></file></xliff>';
const unit = (id: string, en: string, zh: string) => `<trans-unit id="${id}"><source>${en}</source><target>${zh}</target></trans-unit>`;
const xliff = (body: string, decl = '<?xml version="1.0" encoding="UTF-8"?>') => `${decl}\n${XLIFF_HEAD}\n${body}\n${XLIFF_TAIL}`;

function importError(f: () => unknown): ImportError {
  try {
    f();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('malformed XML', () => {
  it('is rejected with line and column', () => {
    const bad = `${XLIFF_HEAD}\n<trans-unit id="1">\n  <source>policy</target>\n</trans-unit>${XLIFF_TAIL}`;
    const e = importError(() => parseBilingualXml(bad, 'broken.xlf'));
    expect(e.line).toBe(3);
    expect(e.column).toBeGreaterThan(10);
    expect(e.message).toMatch(/^broken\.xlf, line 3, column \d+: the file is not well-formed XML \(.+\)\. Open it in the tool that made it/);
  });

  it('an empty file or a non-XML file says so', () => {
    expect(importError(() => parseBilingualXml('', 'empty.xlf')).message).toMatch(/no XML root element/);
    expect(importError(() => parseBilingualXml('id\tsource\ttarget\n1\tpolicy\t策略\n', 'table.xlf')).message).toMatch(/not well-formed XML/);
    expect(importError(() => parseBilingualXml('<html><body>策略</body></html>', 'page.xlf')).message).toMatch(/root element is <html>, not <xliff> or <tmx>/);
  });

  it('refuses absurd nesting instead of exhausting the stack', () => {
    const deep = `${XLIFF_HEAD}<trans-unit id="1"><source>${'<g id="1">'.repeat(2000)}x${'</g>'.repeat(2000)}</source></trans-unit>${XLIFF_TAIL}`;
    expect(importError(() => parseBilingualXml(deep, 'deep.xlf')).message).toMatch(/nested more than 512 levels/);
  });
});

describe('entities and DTDs', () => {
  it('never resolves an external entity (XXE)', () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n${XLIFF_HEAD}${unit('1', '&xxe;', '策略')}${XLIFF_TAIL}`;
    const e = importError(() => parseBilingualXml(xxe, 'xxe.xlf'));
    expect(e.problem).toMatch(/^entity declarations are not supported \(possible entity-expansion attack\)/);
    expect(e.message).not.toMatch(/root:/);
  });

  it('rejects billion laughs before expanding anything', () => {
    const lol = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('\n');
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE tmx [\n${lol}\n]>\n<tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>&lol9;</seg></tuv></tu></body></tmx>`;
    expect(importError(() => parseBilingualXml(bomb, 'lol.tmx')).problem).toMatch(/entity declarations are not supported \(possible entity-expansion attack\)/);
  });

  it('ignores an external DTD reference (not fetched, not processed)', () => {
    const withDtd = `<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "http://example.invalid/tmx14.dtd">\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body><tu><tuv xml:lang="en"><seg>state</seg></tuv><tuv xml:lang="zh-CN"><seg>状态</seg></tuv></tu></body></tmx>`;
    expect(parseBilingualXml(withDtd, 'dtd.tmx').documents[0].units[0].target).toBe('状态');
  });

  it('an undefined entity such as &nbsp; is explained', () => {
    const e = importError(() => parseBilingualXml(xliff(unit('1', 'a&nbsp;b', '甲')), 'nbsp.xlf'));
    expect(e.problem).toMatch(/undefined entity reference \(DTDs are not processed/);
    expect(e.line).toBe(3);
  });

  it('keeps escaped markup literal: &lt;script&gt; is text, never a tag', () => {
    const p = parseBilingualXml(xliff(unit('1', '&lt;script&gt;alert("x")&lt;/script&gt;', '&lt;img src=x onerror=alert(1)&gt;脚本')), 'xss.xlf');
    expect(p.documents[0].units[0]).toMatchObject({ source: '<script>alert("x")</script>', target: '<img src=x onerror=alert(1)>脚本' });
    expect(p.documents[0].units[0].tags).toBeUndefined();
  });
});

describe('encodings', () => {
  const body = unit('1', 'training policy', '训练策略');
  const expectUnit = (bytes: Uint8Array, name = 'enc.xlf') => {
    const p = parseFileBytes(bytes, name);
    expect(p.documents[0].units[0].target).toBe('训练策略');
    return p;
  };

  it('UTF-8 with and without a BOM', () => {
    const plain = Buffer.from(xliff(body), 'utf8');
    expect(expectUnit(plain).warnings).toEqual([]);
    expect(expectUnit(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain])).warnings).toEqual([]);
  });

  it('UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.from(`\uFEFF${xliff(body, '<?xml version="1.0" encoding="UTF-16"?>')}`, 'utf16le');
    expectUnit(le);
    const be = Buffer.from(le);
    be.swap16();
    expect(be[0]).toBe(0xfe);
    expectUnit(be);
  });

  it('GB18030 / GBK bytes with a matching declaration', () => {
    // 训练 = D1B5 C1B7, 策略 = B2DF C2D4 in GB18030 (and GBK)
    const zh = Buffer.from([0xd1, 0xb5, 0xc1, 0xb7, 0xb2, 0xdf, 0xc2, 0xd4]);
    expect(new TextDecoder('gb18030').decode(zh)).toBe('训练策略');
    for (const label of ['GB18030', 'GBK', 'GB2312']) {
      const [a, b] = xliff(unit('1', 'training policy', '@@'), `<?xml version="1.0" encoding="${label}"?>`).split('@@');
      const p = expectUnit(Buffer.concat([Buffer.from(a, 'latin1'), zh, Buffer.from(b, 'latin1')]));
      expect(p.warnings).toEqual([]);
    }
  });

  it('a wrong declaration: declared GB2312 but the bytes are UTF-8 → read as UTF-8, with a warning', () => {
    const p = expectUnit(Buffer.from(xliff(body, '<?xml version="1.0" encoding="GB2312"?>'), 'utf8'), 'liar.xlf');
    expect(p.warnings[0]).toMatch(/^liar\.xlf: declared GB2312 but the bytes are UTF-8; it was read as UTF-8/);
  });

  it('a wrong declaration: declared UTF-8 but the bytes are GB18030 → read as GB18030, with a warning', () => {
    const [a, b] = xliff(unit('1', 'training policy', '@@')).split('@@');
    const bytes = Buffer.concat([Buffer.from(a, 'latin1'), Buffer.from([0xd1, 0xb5, 0xc1, 0xb7, 0xb2, 0xdf, 0xc2, 0xd4]), Buffer.from(b, 'latin1')]);
    const p = expectUnit(bytes, 'gb.xlf');
    expect(p.warnings[0]).toMatch(/declared UTF-8 but the bytes are not UTF-8; they were read as GB18030/);
  });

  it('byte streams (a worker reading a File) decode UTF-16 and GB18030 split mid-character', async () => {
    async function* pieces(b: Uint8Array, size: number) { for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size); }
    const le = Buffer.from(`\uFEFF${xliff(body, '<?xml version="1.0" encoding="UTF-16"?>')}`, 'utf16le');
    const [a, b] = xliff(unit('1', 'training policy', '@@'), '<?xml version="1.0" encoding="GBK"?>').split('@@');
    const gbk = Buffer.concat([Buffer.from(a, 'latin1'), Buffer.from([0xd1, 0xb5, 0xc1, 0xb7, 0xb2, 0xdf, 0xc2, 0xd4]), Buffer.from(b, 'latin1')]);
    for (const bytes of [le, gbk, Buffer.from(xliff(body), 'utf8')]) {
      let last = 0;
      const p = await parseBilingualXmlByteChunks(pieces(bytes, 7), 'stream.xlf', bytes.length, { onProgress: (d) => { last = d; } });
      expect(p.documents[0].units[0].target).toBe('训练策略');
      expect(last).toBe(bytes.length);
    }
  });

  it('decodeXmlBytes reports the encoding it used', () => {
    expect(decodeXmlBytes(Buffer.from(`\uFEFF<a/>`, 'utf16le'), 'a.xml').encoding).toBe('utf-16le');
  });
});

describe('a 100 MB XLIFF', () => {
  const UNITS = 200_000;
  function bigXliff(): string {
    const parts: string[] = [XLIFF_HEAD];
    for (let i = 1; i <= UNITS; i++) {
      parts.push(`<trans-unit id="u${i}"><source>Reinforcement learning (RL) involves performing exploratory actions in an unknown system; <g id="1">safe</g> agents minimise violations of ${i} constraints.</source><target state="translated">强化学习(RL)涉及在未知系统中执行探索性动作;<g id="1">安全</g>智能体最大限度地减少对${i}个约束的违反。</target><note>第${i}条</note></trans-unit>\n`);
    }
    parts.push(XLIFF_TAIL);
    return parts.join('');
  }

  let big: string | undefined;
  const getBig = () => (big ??= bigXliff());

  it('streams with progress to 100% and every unit read', { timeout: 300_000 }, () => {
    const text = getBig();
    expect(text.length).toBeGreaterThan(50_000_000);
    const seen: number[] = [];
    let last = 0;
    const p = parseBilingualXml(text, 'big.xlf', { onProgress: (done, total) => { seen.push(done / total); last = done; } });
    expect(seen.length).toBeGreaterThan(40);
    expect(seen[seen.length - 1]).toBe(1);
    expect(last).toBe(text.length);
    expect(seen.every((v, i) => i === 0 || v >= seen[i - 1])).toBe(true);
    const units = p.documents[0].units;
    expect(units).toHaveLength(UNITS);
    expect(units[UNITS - 1].id).toBe(`u${UNITS}`);
    expect(units[UNITS - 1].target).toContain(`${UNITS}个约束`);
  });

  it('can be cancelled between chunks (sync feed and async stream)', { timeout: 300_000 }, async () => {
    const text = getBig();
    const ac = new AbortController();
    let calls = 0;
    expect(() => parseBilingualXml(text, 'big.xlf', { signal: ac.signal, onProgress: () => { if (++calls === 3) ac.abort(); } })).toThrow(/abort/i);
    expect(calls).toBe(3);
    const ac2 = new AbortController();
    function* chunks() { for (let i = 0; i < text.length; i += 1 << 20) yield text.slice(i, i + (1 << 20)); }
    let n = 0;
    await expect(parseBilingualXmlChunks(chunks(), 'big.xlf', text.length, { signal: ac2.signal, onProgress: () => { if (++n === 5) ac2.abort(); } })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('files that are valid XML but not what duizhao can use', () => {
  it('TMX with no Chinese variant', () => {
    const t = '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en-US"><seg>policy</seg></tuv><tuv xml:lang="de-DE"><seg>Strategie</seg></tuv></tu></body></tmx>';
    expect(importError(() => parseBilingualXml(t, 'de.tmx')).problem).toMatch(/no Chinese \(zh-\*\) variant found in any <tu>; languages present: en-US, de-DE/);
  });

  it('XLIFF with no target imports with empty targets', () => {
    const p = parseBilingualXml(xliff('<trans-unit id="1"><source>game</source></trans-unit><trans-unit id="2"><source>converge</source><target/></trans-unit>'), 'nt.xlf');
    expect(p.documents[0].units.map((u) => u.target)).toEqual(['', '']);
  });

  it('duplicate unit ids are renamed with a warning naming both lines', () => {
    const p = parseBilingualXml(xliff(`${unit('x', 'a', '甲')}\n${unit('x', 'b', '乙')}`), 'dup.xlf');
    expect(p.documents[0].units.map((u) => u.id)).toEqual(['x', 'x_2']);
    expect(p.warnings[0]).toMatch(/lines 3 and 4/);
  });

  it('TBX entry without an English term is skipped with a warning naming it', () => {
    const tbx = '<tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="c9"><langSec xml:lang="zh"><termSec><term>博弈</term></termSec></langSec></conceptEntry></body></text></tbx>';
    const r = parseTbx(tbx, 'zh.tbx');
    expect(r.termbase.concepts).toEqual([]);
    expect(r.warnings[0]).toMatch(/entry "c9" \(line 1\) has no English term; it was skipped/);
  });
});

describe('CSV exports neutralise spreadsheet formulas', () => {
  it('prefixes = + - @ cells with a quote in CSV and TSV, keeping the text otherwise', () => {
    const f = { sourceLang: 'en', targetLang: 'zh-CN', documents: [{ name: '=cmd|\' /C calc\'!A0', units: [
      { id: '@1', source: '=1+2', target: '-减少违规', mt: '+增加', corrected: '=HYPERLINK("http://x","点击")', mqmScore: 97.5 },
    ] }] };
    const csv = writeDelimited(f);
    const row = csv.split('\r\n')[1];
    expect(row).toContain(`'=cmd|' /C calc'!A0`);
    expect(row).toContain("'@1");
    expect(row).toContain("'=1+2");
    expect(row).toContain("'+增加");
    expect(row).toContain(`"'=HYPERLINK(""http://x"",""点击"")"`);
    const tsv = writeDelimited(f, { delimiter: '\t' });
    expect(tsv.split('\r\n')[1].split('\t').slice(0, 3)).toEqual([`'=cmd|' /C calc'!A0`, "'@1", "'=1+2"]);
  });
});
