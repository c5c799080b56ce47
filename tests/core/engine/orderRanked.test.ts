import { describe, expect, it } from 'vitest';
import type { Check } from '../../../src/core/checks/Check';
import { CHECKS } from '../../../src/core/checks/registry';
import { checkUnit, createCheckContext, orderFindings } from '../../../src/core/engine';
import { orderRanked } from '../../../src/core/engine/orderFindings';
import type { Finding } from '../../../src/core/model/Finding';
import { mulberry32 } from '../../bench/sentenceBank';

/*
 * The engine orders a unit's findings with each finding's rank given by the check that made it
 * (orderRanked), instead of looking each finding's check id up in the rank map
 * (orderFindings), and keeps the array when it is already in order with no duplicate.
 */

const rank = new Map(CHECKS.map((c, i) => [c.id, i]));
const SEVERITIES: Finding['severity'][] = ['critical', 'major', 'minor', 'info'];

function randomFindings(rnd: () => number): Finding[] {
  const out: Finding[] = [];
  const n = Math.floor(rnd() * 40);
  for (let i = 0; i < n; i++) {
    // few values, so ties, equal keys and exact duplicates are common
    const check = CHECKS[Math.floor(rnd() * 4)].id;
    const start = Math.floor(rnd() * 5);
    const f: Finding = {
      unitId: 'u', check, severity: SEVERITIES[Math.floor(rnd() * 4)], mqm: 'Other',
      message: rnd() < 0.7 ? '策略应为政策' : '训练，不是培训',
    };
    if (rnd() < 0.8) f.target = { start, end: start + 2, text: '训练' };
    if (rnd() < 0.4) f.source = { start: start * 3, end: start * 3 + 8, text: 'training' };
    if (rnd() < 0.3) f.suggestion = '训练';
    out.push(f);
    if (rnd() < 0.2) out.push({ ...f });
  }
  // half the lists handed over in order already, as the checks mostly do
  return rnd() < 0.5 ? plainOrder(out) : out;
}

const SEV: Record<Finding['severity'], number> = { info: 0, minor: 1, major: 2, critical: 3 };

/** The ordering rule written plainly: a stable sort by severity, rank, target and source offsets, then exact duplicates dropped. */
function plainOrder(found: Finding[]): Finding[] {
  const key = (f: Finding) => [-SEV[f.severity], rank.get(f.check) ?? 1e9, f.target ? f.target.start : -1, f.source ? f.source.start : -1];
  const sorted = found.map((f, i) => ({ f, i, k: key(f) })).sort((a, b) => {
    for (let j = 0; j < 4; j++) if (a.k[j] !== b.k[j]) return a.k[j] - b.k[j];
    return a.i - b.i;
  });
  const out: Finding[] = [];
  for (const { f } of sorted) {
    const dup = out.some((g) => g.check === f.check && g.severity === f.severity && g.message === f.message && (g.suggestion ?? '') === (f.suggestion ?? '') &&
      g.target?.start === f.target?.start && g.target?.end === f.target?.end && g.source?.start === f.source?.start && g.source?.end === f.source?.end);
    if (!dup) out.push(f);
  }
  return out;
}

describe('orderRanked', () => {
  it('orders and drops duplicates as the rule says, as orderFindings does', () => {
    const rnd = mulberry32(99);
    let kept = 0;
    let dropped = 0;
    for (let t = 0; t < 3000; t++) {
      const found = randomFindings(rnd);
      const expected = plainOrder(found);
      expect(orderFindings(found.slice(), rank)).toEqual(expected);
      const ranks = found.map((f) => rank.get(f.check)!);
      const got = orderRanked(found, ranks);
      expect(got).toHaveLength(expected.length);
      got.forEach((f, i) => expect(f).toBe(expected[i]));
      if (got === found) kept++;
      if (expected.length < found.length) dropped++;
    }
    // both shortcuts are exercised
    expect(kept).toBeGreaterThan(100);
    expect(dropped).toBeGreaterThan(100);
  });

  it('orders a finding by its own check id when a check reports under another id', () => {
    const mk = (check: string, start: number): Finding => ({
      unitId: 'u', check, severity: 'minor', mqm: 'Other', target: { start, end: start + 1, text: '的' }, message: `${check}@${start}`,
    });
    // the first check in the list reports one finding as spacing (ranked after punctuation.width)
    const borrowed: Check = { ...CHECKS[0], id: 'acronym.expansion', run: () => [mk('acronym.expansion', 9), mk('spacing', 0)] };
    const second: Check = { ...CHECKS[9], run: () => [mk(CHECKS[9].id, 4)] };
    const ctx = { ...createCheckContext({ builtin: false }), checks: [borrowed, second] };
    const out = checkUnit({ id: 'u', source: 'Text.', target: '文本。' }, ctx);
    expect(out.map((f) => f.message)).toEqual(['acronym.expansion@9', `${CHECKS[9].id}@4`, 'spacing@0']);
  });
});
