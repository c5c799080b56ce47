import { describe, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import { formatJunit } from '../../src/cli/output/formatJunit';
import type { CheckReport } from '../../src/cli/output/CheckReport';
import type { Finding } from '../../src/core/model';

/** What XML 1.0 can carry of a string (the report drops the rest). */
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
/** An attribute as a parser reads it back: a raw tab or carriage return becomes a space (XML's attribute normalisation). */
const attrValue = (s: string) => clean(s).replace(/[\t\r]/g, ' ');
/** Text as a parser reads it back: line ends become \n. */
const textValue = (s: string) => clean(s).replace(/\r\n?/g, '\n');

interface Parsed {
  cases: string[];
  failures: { type: string; message: string; text: string }[];
  out: string[];
}

function parse(xml: string): Parsed {
  const p = new SaxesParser();
  const got: Parsed = { cases: [], failures: [], out: [] };
  let inFailure: Parsed['failures'][number] | undefined;
  let inOut = false;
  p.on('opentag', (t) => {
    if (t.name === 'testcase') got.cases.push(String(t.attributes.name));
    if (t.name === 'failure') got.failures.push((inFailure = { type: String(t.attributes.type), message: String(t.attributes.message), text: '' }));
    if (t.name === 'system-out') got.out.push('');
    inOut = t.name === 'system-out';
  });
  p.on('text', (s) => {
    if (inFailure) inFailure.text += s;
    else if (inOut) got.out[got.out.length - 1] += s;
  });
  p.on('closetag', (t) => {
    if (t.name === 'failure') inFailure = undefined;
    if (t.name === 'system-out') inOut = false;
  });
  p.write(xml).close();
  return got;
}

const finding = (unitId: string, severity: Finding['severity'], message: string, target: string, suggestion?: string): Finding => ({
  unitId, check: 'terminology.forbidden', severity, mqm: 'Terminology', target: { start: 3, end: 5, text: target }, message,
  ...(suggestion !== undefined ? { suggestion } : {}),
});

describe('formatJunit escapes what XML needs and leaves the rest as it is', () => {
  const messages = [
    '培训 is not the ML term for "training"; for "training" use 训练.',
    'A & B <tags> "quoted" \'single\' > end',
    'line one\nline two\r\nline three',
    'control \u0001\u0008\u000b\u000c\u001f and \ufffe\uffff gone, tab\tkept',
    '图神经网络（GNN）的“消息传递”',
    '非字符\ufffe只有它',
  ];
  const units = messages.map((m, i) => ({ id: `u${i}<&"${i}>`, source: 'src', target: 'tgt', document: { name: `文档 ${i} "${m.slice(0, 12)}"` } }));
  const findings = messages.flatMap((m, i) => [
    finding(units[i].id, 'major', m, `目标${m.slice(0, 4)}`, m.slice(-6)),
    finding(units[i].id, 'minor', `次要: ${m}`, '译文'),
  ]);
  const report: CheckReport = { file: 'dir/pairs & more.jsonl', version: '0.1.0', units, findings, failOn: 'major' };

  it('round-trips every attribute and text through a strict XML parser', () => {
    const got = parse(formatJunit(report));
    expect(got.cases).toEqual(units.map((u) => attrValue(`unit ${u.id} — ${u.document.name}`)));
    expect(got.failures.map((f) => f.message)).toEqual(messages.map((m) => attrValue(`major: ${m}`)));
    expect(got.failures.map((f) => f.type)).toEqual(messages.map(() => 'terminology.forbidden'));
    for (let i = 0; i < messages.length; i++) {
      expect(got.failures[i].text).toBe(textValue(`severity: major\nmqm: Terminology\ntarget 3-5: 目标${messages[i].slice(0, 4)}\n${messages[i]}\nsuggestion: ${messages[i].slice(-6)}`));
      expect(got.out[i]).toBe(textValue(`minor terminology.forbidden: severity: minor\nmqm: Terminology\ntarget 3-5: 译文\n次要: ${messages[i]}`));
    }
  });

  it('writes plain strings unchanged', () => {
    const xml = formatJunit(report);
    expect(xml).toContain('message="major: 图神经网络（GNN）的“消息传递”"');
    expect(xml).toContain('name="duizhao check dir/pairs &amp; more.jsonl"');
    expect(xml).toContain('message="major: line one&#10;line two\r&#10;line three"');
  });
});
