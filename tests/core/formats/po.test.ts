import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFileBytes, parsePo, writePo, toExportFile } from '../../../src/core/formats';
import { ImportError } from '../../../src/core/model';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url));
const msgfmt = ['/usr/bin/msgfmt', '/usr/local/bin/msgfmt'].find((p) => existsSync(p));

describe('PO import', () => {
  const f = parseFileBytes(fixture('ml-review.po'), 'ml-review.po');
  const units = f.documents[0].units;

  it('reads entries, not the header, with the header language as target language', () => {
    expect(f.format).toBe('po');
    expect(f.targetLang).toBe('zh-CN');
    expect(units.map((u) => u.source)).toEqual([
      'Safe reinforcement learning', 'The %(name)s policy converges.', 'Train', 'Train', 'One graph',
      'A long source line that continues\non a second line.', 'Untranslated entry',
    ]);
    expect(f.warnings).toEqual(['ml-review.po: 1 obsolete (#~) entries were skipped.']);
  });

  it('marks fuzzy entries, keeps msgctxt apart and uses comments as notes', () => {
    const fuzzy = units[1];
    expect(fuzzy.state).toBe('fuzzy');
    expect(fuzzy.target).toBe('%(name)s政策汇合了。');
    expect(fuzzy.notes).toEqual(['translator: check 政策 vs 策略']);
    expect(units[0].notes).toEqual(['Title of the safe RL abstract']);
    expect([units[2].target, units[3].target]).toEqual(['训练', '培训']);
    expect(units[2].id).not.toBe(units[3].id);
  });

  it('takes msgstr[0] as the target of a plural entry and joins continued lines', () => {
    expect(units[4].target).toBe('%d个图');
    expect(units[4].extra?.msgidPlural).toBe('%d graphs');
    expect(units[5].target).toBe('很长的一行，\n继续到第二行。');
    expect(units[6].target).toBe('');
  });

  it('gives stable ids: the same msgctxt + msgid always gets the same id', () => {
    const again = parsePo(fixture('ml-review.po').toString('utf8'), 'copy.po');
    expect(again.documents[0].units.map((u) => u.id)).toEqual(units.map((u) => u.id));
  });

  it('names file and line for a broken line', () => {
    const bad = 'msgid "policy"\nmsgstr "策略\n';
    expect(() => parsePo(bad, 'bad.po')).toThrow(ImportError);
    expect(() => parsePo(bad, 'bad.po')).toThrow(/bad\.po, line 2, column 1: cannot read this line as PO/);
  });
});

describe('PO export', () => {
  it('round-trips the fixture: same ids, texts, states, notes', () => {
    const f = parsePo(fixture('ml-review.po').toString('utf8'), 'ml-review.po');
    const back = parsePo(writePo(toExportFile(f)), 'ml-review.po');
    const key = (u: { id: string; source: string; target: string; state?: string; notes?: string[] }) => [u.id, u.source, u.target, u.state, u.notes];
    expect(back.documents[0].units.map(key)).toEqual(f.documents[0].units.map(key));
  });

  it('writes corrected work: the correction as msgstr, fuzzy cleared once reviewed, the MT in a comment', () => {
    const out = writePo({
      sourceLang: 'en', targetLang: 'zh-CN',
      documents: [{ name: 'a', units: [{ id: 'u1', source: 'The policy converges.', target: '政策汇合了。', corrected: '策略收敛了。', reviewState: 'reviewed', reviewer: '王芳', state: 'fuzzy' }] }],
    });
    expect(out).toContain('msgstr "策略收敛了。"');
    expect(out).toContain('# machine translation: 政策汇合了。');
    expect(out).toContain('# reviewed by 王芳');
    expect(out).toContain('#. duizhao-id: u1');
    expect(out).not.toContain('fuzzy');
    expect(parsePo(out, 'a.po').documents[0].units[0].id).toBe('u1');
  });

  it('keeps the text that tags stand for (placeholders such as {envName}), dropping empty codes', () => {
    const xlf = parseFileBytes(fixture('ml-review.xlf'), 'ml-review.xlf');
    const units = parsePo(writePo(toExportFile(xlf)), 'from-xliff.po').documents[0].units;
    expect(units.find((u) => u.id === 'safe-rl-2')?.target).toBe('代理<b>汇合</b>到{envName}中的稳定点。');
    expect(units.find((u) => u.id === 'safe-rl-1')?.target).toBe('我们为强化学习(RL)代理训练了一个安全政策。');
  });

  it('gives duplicate msgids a msgctxt so msgfmt accepts the file', () => {
    const out = writePo({
      sourceLang: 'en', targetLang: 'zh-CN',
      documents: [{ name: 'a', units: [{ id: '1', source: 'agent', target: '智能体' }, { id: '2', source: 'agent', target: '代理' }] }],
    });
    expect(out.match(/msgctxt/g)?.length).toBe(1);
  });

  it.runIf(!!msgfmt)('passes msgfmt -c', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-po-'));
    const f = parsePo(fixture('ml-review.po').toString('utf8'), 'ml-review.po');
    const path = join(dir, 'out.po');
    writeFileSync(path, writePo(toExportFile(f)));
    expect(() => execFileSync(msgfmt as string, ['-c', '-o', '/dev/null', path], { stdio: 'pipe' })).not.toThrow();
  });
});
