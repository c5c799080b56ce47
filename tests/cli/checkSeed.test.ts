import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEED, runCli } from './runCli';

interface JsonSpan {
  start: number;
  end: number;
  text: string;
}
interface JsonFinding {
  unit: string;
  check: string;
  severity: string;
  mqm: string;
  target: JsonSpan | null;
  source: JsonSpan | null;
  message: string;
  suggestion: string | null;
}
interface JsonReport {
  tool: string;
  version: string;
  units: number;
  findings: JsonFinding[];
}

let report: JsonReport;
let exitCode: number;
/** Block texts of the seed dump: every other line, in file order (units "1".."10"). */
const fileText = readFileSync(join(ROOT, SEED), 'utf8');
const blocks = fileText.split('\n').filter((_, i) => i % 2 === 0).filter((l) => l.trim() !== '');

beforeAll(async () => {
  const r = await runCli(['check', SEED, '--format', 'json']);
  exitCode = r.code;
  report = JSON.parse(r.stdout) as JsonReport;
});

const of = (unit: string) => report.findings.filter((f) => f.unit === unit);

describe('duizhao check on the seed (JSON, same code path as the CLI)', () => {
  it('reports 10 units in the documented JSON shape, exit code 0 without --fail-on', () => {
    expect(exitCode).toBe(0);
    expect(report.tool).toBe('duizhao');
    expect(report.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(report.units).toBe(10);
    expect(blocks).toHaveLength(10);
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(['unit', 'check', 'severity', 'mqm', 'target', 'source', 'message', 'suggestion']);
      expect(['critical', 'major', 'minor', 'info']).toContain(f.severity);
    }
  });

  it('puts the DESTA acronym-expansion finding first for unit 1', () => {
    const first = of('1')[0];
    expect(first.check).toBe('acronym.expansion');
    expect(first.target?.text).toBe('分配探索安全培训算法');
    expect(first.suggestion).toBe('分布式探索安全训练算法');
  });

  it('gives each of the 8 English units exactly one critical untranslated finding naming the language', () => {
    for (let u = 3; u <= 10; u++) {
      const f = of(String(u));
      expect(f).toHaveLength(1);
      expect(f[0].check).toBe('untranslated');
      expect(f[0].severity).toBe('critical');
      expect(f[0].mqm).toBe('Accuracy/Untranslated');
      expect(f[0].message).toMatch(/^Translation missing: the text under 'translated by 谷歌翻译' is English \(detected: English, confidence (0\.\d\d|1\.00)\)/);
    }
  });

  it('has offsets that slice the file text to exactly the reported text', () => {
    expect(report.findings.length).toBeGreaterThan(40);
    for (const f of report.findings) {
      const block = blocks[Number(f.unit) - 1];
      const at = fileText.indexOf(block);
      for (const span of [f.target, f.source]) {
        if (!span) continue;
        expect(fileText.slice(at + span.start, at + span.end)).toBe(span.text);
      }
    }
  });

  it('flags the half-width , ( ) and the "。 " space in blocks 1–2', () => {
    for (const unit of ['1', '2']) {
      const texts = of(unit).filter((f) => f.check === 'punctuation.width').map((f) => `${f.target?.text}→${f.suggestion}`);
      expect(texts).toContain(',→，');
      expect(texts).toContain('(→（');
      expect(texts).toContain(')→）');
    }
    const space = of('1').filter((f) => f.check === 'spacing');
    expect(space).toHaveLength(1);
    expect(blocks[0].slice(space[0].target!.start - 1, space[0].target!.end + 5)).toBe('。 DESTA');
  });

  it('flags the repetitions 攻击的攻击 and 存在的存在 and the fragment 。属性。 in block 2', () => {
    const rep = of('2').filter((f) => f.check === 'fluency.repetition');
    const byText = Object.fromEntries(rep.map((f) => [f.target?.text, f]));
    expect(byText['攻击的攻击']?.suggestion).toBe('攻击');
    expect(byText['存在的存在']?.suggestion).toBe('存在');
    expect(byText['属性。']?.severity).toBe('major');
    expect(byText['属性。']?.mqm).toBe('Fluency/Grammar');
  });

  it('does not flag Lunar Lander, Frozen Lake, RL or DESTA themselves', () => {
    const kept = ['Lunar Lander', 'Frozen Lake', 'RL', 'DESTA'];
    expect(report.findings.filter((f) => f.target && kept.includes(f.target.text))).toEqual([]);
  });
});

describe('duizhao check on the seed (text and JUnit)', () => {
  it('prints findings grouped by unit, the DESTA finding first under unit 1, with context and suggestion', async () => {
    const r = await runCli(['check', SEED]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^seeds\/000_2c0d154558004bfd\.txt: 10 units, \d+ findings \(8 critical, \d+ major, \d+ minor/);
    const u1 = lines.findIndex((l) => l.startsWith('■ unit 1 '));
    expect(u1).toBeGreaterThan(0);
    expect(lines[u1 + 1]).toMatch(/^ {2}1\. MAJOR {2}acronym\.expansion/);
    expect(lines[u1 + 2]).toContain('⟦分配探索安全培训算法⟧(DESTA)');
    expect(r.stdout).toContain('→ suggestion: 分布式探索安全训练算法');
    expect(lines.filter((l) => l.startsWith('■ unit '))).toHaveLength(10);
  });

  it('writes JUnit XML with one testcase per unit and fails on --fail-on critical (exit 1)', async () => {
    const r = await runCli(['check', SEED, '--format', 'junit', '--fail-on', 'critical']);
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect((r.stdout.match(/<testcase /g) ?? []).length).toBe(10);
    expect((r.stdout.match(/<failure /g) ?? []).length).toBe(8);
    expect(r.stdout).toContain('<testsuite name="duizhao check seeds/000_2c0d154558004bfd.txt" tests="10" failures="8"');
    expect(r.stdout).toContain('<system-out>');
  });
});

describe('JUnit output is well-formed XML', () => {
  it('parses with a strict XML parser, with every finding when --fail-on is not given', async () => {
    const { SaxesParser } = await import('saxes');
    const r = await runCli(['check', SEED, '--format', 'junit']);
    expect(r.code).toBe(0);
    const parser = new SaxesParser();
    let failures = 0;
    let cases = 0;
    parser.on('opentag', (t) => {
      if (t.name === 'failure') failures++;
      if (t.name === 'testcase') cases++;
    });
    parser.write(r.stdout).close();
    expect(cases).toBe(10);
    expect(failures).toBe(report.findings.length);
  });
});
