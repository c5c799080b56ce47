import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/model';
import { auditKey, drawAuditSample, precisionReport, sentenceAround, type AuditFile } from '../../../src/tools/audit';
import { auditPrecision } from '../../../src/tools/auditPrecision';

function finding(check: string, unitId: string, start: number, text = '政策', source?: [number, number, string]): Finding {
  return {
    unitId,
    check,
    severity: 'major',
    mqm: 'Terminology',
    target: { start, end: start + text.length, text },
    ...(source ? { source: { start: source[0], end: source[1], text: source[2] } } : {}),
    message: `${text} is wrong here`,
  };
}

const many = (check: string, n: number) => Array.from({ length: n }, (_, i) => finding(check, `u${i}`, i));

describe('auditKey', () => {
  it('names a finding by check, unit and offsets, never by the audited text', () => {
    const f = finding('terminology.forbidden', '2105.001', 12, '培训', [40, 48, 'training']);
    expect(auditKey(f)).toBe('terminology.forbidden|2105.001|t12-14|s40-48');
    expect(auditKey(f)).not.toContain('培训');
    expect(auditKey({ check: 'terminology.not-followed', unitId: 'u1', source: { start: 3, end: 9, text: 'policy' } })).toBe('terminology.not-followed|u1|-|s3-9');
  });
});

describe('drawAuditSample', () => {
  const findings = [...many('terminology.forbidden', 300), ...many('names.protected', 15), ...many('spacing', 3)];

  it('draws each check its quota, or all of a check with fewer findings', () => {
    const s = drawAuditSample(findings, 'seed-1', { 'terminology.forbidden': 40, 'names.protected': 10 });
    const count = (c: string) => s.filter((f) => f.check === c).length;
    expect(count('terminology.forbidden')).toBe(40);
    expect(count('names.protected')).toBe(10);
    expect(count('spacing')).toBe(3);
  });

  it('is reproducible, differs by seed, and keeps the findings in their order', () => {
    const a = drawAuditSample(findings, 'seed-1');
    expect(drawAuditSample(findings, 'seed-1')).toEqual(a);
    expect(drawAuditSample(findings, 'seed-2').map(auditKey)).not.toEqual(a.map(auditKey));
    const at = a.map((f) => findings.indexOf(f));
    expect(at).toEqual([...at].sort((x, y) => x - y));
  });

  it("does not move one check's sample when another check's findings change", () => {
    const before = drawAuditSample(findings, 'seed-1').filter((f) => f.check === 'terminology.forbidden');
    const fewerNames = findings.filter((f) => !(f.check === 'names.protected' && f.unitId === 'u3'));
    const after = drawAuditSample(fewerNames, 'seed-1').filter((f) => f.check === 'terminology.forbidden');
    expect(after.map(auditKey)).toEqual(before.map(auditKey));
  });
});

describe('sentenceAround', () => {
  it('shows the Chinese sentence holding the span, no spaces added, the span in 【】', () => {
    const t = '我们提出了一种新方法。该政策在任何其他州都收敛，优于基线。最后讨论局限。';
    const at = t.indexOf('政策');
    expect(sentenceAround(t, at, at + 2, '【', '】')).toBe('该【政策】在任何其他州都收敛，优于基线。');
  });

  it('shows the English sentence holding the span in mixed text', () => {
    const s = 'We train a policy. The agent uses ImageNet-1K and 视觉Transformer features. It converges.';
    const at = s.indexOf('ImageNet-1K');
    expect(sentenceAround(s, at, at + 11, '⟦', '⟧')).toBe('The agent uses ⟦ImageNet-1K⟧ and 视觉Transformer features.');
  });
});

describe('precisionReport', () => {
  const items = [
    { key: 'terminology.forbidden|u1|t0-2|-', check: 'terminology.forbidden', unit: 'u1', severity: 'major', verdict: 'tp' as const, reason: '政策 for RL policy' },
    { key: 'terminology.forbidden|u2|t1-3|-', check: 'terminology.forbidden', unit: 'u2', severity: 'major', verdict: 'tp' as const, reason: '培训 for model training' },
    { key: 'terminology.forbidden|u3|t2-4|-', check: 'terminology.forbidden', unit: 'u3', severity: 'major', verdict: 'fp' as const, reason: '边缘 right for edge server' },
    { key: 'terminology.forbidden|u4|t3-5|-', check: 'terminology.forbidden', unit: 'u4', severity: 'major', verdict: 'unsure' as const, reason: 'both readings' },
    { key: 'names.protected|u5|t0-4|-', check: 'names.protected', unit: 'u5', severity: 'minor', verdict: 'fp' as const, reason: 'casing kept' },
  ];
  const audit: AuditFile = { data: 'pairs.jsonl', commit: 'abc1234', seed: 's', date: '2026-11-29', reviewer: 'test', population: { 'terminology.forbidden': 900, 'names.protected': 100 }, items };

  it('estimates precision per check from tp and fp (unsure left out) with a Wilson interval', () => {
    const r = precisionReport(audit, []);
    const forbidden = r.checks.find((c) => c.check === 'terminology.forbidden')!;
    expect([forbidden.tp, forbidden.fp, forbidden.unsure]).toEqual([2, 1, 1]);
    expect(forbidden.precision).toBeCloseTo(2 / 3);
    expect(forbidden.low).toBeLessThan(2 / 3);
    expect(forbidden.high).toBeGreaterThan(2 / 3);
    expect(forbidden.high).toBeLessThanOrEqual(1);
    // weighted by the checks' populations: 0.9 × 2/3 + 0.1 × 0
    expect(r.all.precision).toBeCloseTo(0.6);
  });

  it('tells which audited false positives are gone and which true positives were lost', () => {
    const now = [finding('terminology.forbidden', 'u1', 0), finding('names.protected', 'u5', 0, 'Bert')];
    const r = precisionReport(audit, now);
    expect(r.fpGone.map((i) => i.unit)).toEqual(['u3']);
    expect(r.fpStill.map((i) => i.unit)).toEqual(['u5']);
    expect(r.tpLost.map((i) => i.unit)).toEqual(['u2']);
  });

  it('follows a true positive that a fix now reports at better offsets', () => {
    const moved = { ...audit, items: audit.items.map((i) => (i.unit === 'u2' ? { ...i, now: 'terminology.forbidden|u2|t1-4|-' } : i)) };
    const now = [finding('terminology.forbidden', 'u1', 0), finding('terminology.forbidden', 'u2', 1, '培训性')];
    expect(precisionReport(moved, now).tpLost).toEqual([]);
  });
});

describe('npm run audit', () => {
  it('names the missing data file and exits 2', () => {
    const err: string[] = [];
    const code = auditPrecision(['sample', '--out', '/tmp/never-written', '--data', '/nonexistent/pairs.jsonl'], () => {}, (l) => err.push(l));
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/Cannot read \/nonexistent\/pairs\.jsonl/);
  });

  it('refuses a malformed --quota before reading any data', () => {
    const err: string[] = [];
    expect(auditPrecision(['sample', '--out', '/tmp/never-written', '--quota', 'forbidden:80'], () => {}, (l) => err.push(l))).toBe(2);
    expect(err.join('\n')).toMatch(/--quota needs CHECK=N \(e\.g\. terminology\.forbidden=80\), got "forbidden:80"/);
  });

  it('explains its usage on an unknown command', () => {
    const err: string[] = [];
    expect(auditPrecision(['estimate'], () => {}, (l) => err.push(l))).toBe(2);
    expect(err.join('\n')).toMatch(/usage: audit sample --out DIR/);
  });
});
