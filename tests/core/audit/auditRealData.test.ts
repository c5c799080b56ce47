import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditFindings, precisionReport, type AuditFile } from '../../../src/tools/audit';

const root = join(__dirname, '../../..');
const dir = join(root, 'tests/fixtures/audit');
const audits = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as AuditFile] as const);
const data = join(root, audits[0][1].data);
const present = existsSync(data);
if (!present) console.warn('auditRealData: ../shared/data/arxiv-adv-tencentmt not present, skipping');
// describe.runIf(false) still runs the bodies: the engine runs only when the data is there.
const run = present ? auditFindings(data) : { units: new Map(), findings: [] };

describe.runIf(present).each(audits)('precision audit %s against the engine of today (real Tencent MT pairs)', (_, audit) => {
  const report = precisionReport(audit, run.findings);

  it('audits the data the other audits audit', () => {
    expect(join(root, audit.data)).toBe(data);
  });

  it('names units and offsets of the audited file (the audit belongs to this data)', () => {
    for (const item of audit.items) {
      const unit = run.units.get(item.unit);
      expect(unit, item.key).toBeDefined();
      const [, , t, s] = item.key.split('|');
      for (const [side, text] of [[t, unit!.target], [s, unit!.source]] as const) {
        if (side === '-') continue;
        const [start, end] = side.slice(1).split('-').map(Number);
        expect(start, item.key).toBeLessThan(end);
        expect(end, item.key).toBeLessThanOrEqual(text.length);
      }
    }
  });

  it('still reports every finding the reviewers judged a true positive', () => {
    expect(report.tpLost.map((i) => `${i.key} (${i.reason})`)).toEqual([]);
  });

  it('no longer reports the false positives fixed since the audit', () => {
    const fixed = audit.items.filter((i) => i.gone);
    const still = new Set(report.fpStill);
    expect(fixed.filter((i) => still.has(i)).map((i) => `${i.key} (fixed in ${i.gone}: ${i.reason})`)).toEqual([]);
  });
});
