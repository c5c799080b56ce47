import { describe, expect, it } from 'vitest';
import { MQM_CATEGORIES, MQM_SEVERITIES, countSourceWords, scoreMqm, scoreMqmProject, toMqmSeverity, type MqmAnnotationInput } from '../../../src/core/score';

// The DESTA block as a reviewer would mark it (see SEED-REVIEW.md), over a 200-word abstract.
const desta: MqmAnnotationInput[] = [
  { severity: 'major', category: 'Terminology' }, // 分配探索安全培训算法
  { severity: 'major', category: 'Terminology' }, // 政策 → 策略
  { severity: 'major', category: 'Accuracy/Mistranslation' }, // 州 → 状态
  { severity: 'minor', category: 'Terminology/Inconsistent' }, // 代理 / 代理人
  { severity: 'minor', category: 'Linguistic conventions/Punctuation' }, // half-width , ( )
  { severity: 'minor', category: 'Linguistic conventions/Punctuation' },
  { severity: 'neutral', category: 'Style' },
];

describe('scoreMqm', () => {
  it('sums default weights, with Minor punctuation at 0.1, and normalises per 1,000 words', () => {
    const s = scoreMqm(desta, 200);
    // 3 × 5 + 1 + 2 × 0.1 + 0 = 16.2
    expect(s.apt).toBeCloseTo(16.2, 10);
    expect(s.penaltyPer1000).toBeCloseTo(81, 10);
    expect(s.qualityScore).toBeCloseTo(100 * (1 - 16.2 / 200), 10);
    expect(s.counts).toEqual({ neutral: 1, minor: 3, major: 3, critical: 0 });
    expect(s.byCategory.Terminology).toEqual({ count: 3, penalty: 11 });
    expect(s.byCategory['Linguistic conventions']).toEqual({ count: 2, penalty: 0.2 });
    // 91.9 < 95 → fails on the score, with a sentence saying so.
    expect(s.pass).toBe(false);
    expect(s.failReasons[0]).toMatch(/91\.9 is below the pass threshold 95/);
  });

  it('passes a lightly marked document and fails any document with a Critical error', () => {
    const light = scoreMqm([{ severity: 'major', category: 'Terminology' }, { severity: 'minor', category: 'Style' }], 300);
    expect(light.qualityScore).toBeCloseTo(98, 10);
    expect(light.pass).toBe(true);
    expect(light.failReasons).toEqual([]);
    // 25 / 1000 words = 97.5 ≥ 95, yet the reversed meaning (critical) fails the text.
    const reversed = scoreMqm([{ severity: 'critical', category: 'Accuracy/Mistranslation' }], 1000);
    expect(reversed.qualityScore).toBeCloseTo(97.5, 10);
    expect(reversed.pass).toBe(false);
    expect(reversed.failReasons.join(' ')).toMatch(/critical/);
  });

  it('honours a configured threshold, weights and category overrides', () => {
    const cfg = {
      passThreshold: 90,
      weights: { major: 10 },
      categoryWeights: { Terminology: { major: 3 }, 'Linguistic conventions/Punctuation': { minor: 0.5 } },
    };
    const s = scoreMqm(desta, 200, cfg);
    // Terminology majors at 3 (the Inconsistent minor is a Terminology child: minor not overridden → 1),
    // Mistranslation major at 10, punctuation minors 0.5 each.
    expect(s.apt).toBeCloseTo(3 + 3 + 10 + 1 + 0.5 + 0.5, 10);
    expect(s.pass).toBe(s.qualityScore! >= 90);
    expect(s.pass).toBe(true);
  });

  it('totals sub-types under their MQM Core top level, the old Fluency under Linguistic conventions', () => {
    const s = scoreMqm(
      [
        { severity: 'minor', category: 'Fluency/Repetition' }, // 隐私攻击的攻击
        { severity: 'major', category: 'Fluency/Grammar' }, // 推断存在的存在。属性。
        { severity: 'minor', category: 'Linguistic conventions/Punctuation' },
        { severity: 'minor', category: '' },
      ],
      150,
    );
    expect(s.byCategory['Linguistic conventions']).toEqual({ count: 3, penalty: 6.1 });
    expect(s.byCategory.Other).toEqual({ count: 1, penalty: 1 });
    expect(s.byCategory.Fluency).toBeUndefined();
  });

  it('scores a clean document 100 and reports no words instead of dividing by zero', () => {
    expect(scoreMqm([], 120)).toMatchObject({ apt: 0, qualityScore: 100, penaltyPer1000: 0, pass: true });
    const empty = scoreMqm([{ severity: 'minor', category: 'Style' }], 0);
    expect(empty.qualityScore).toBeNull();
    expect(empty.penaltyPer1000).toBeNull();
    expect(empty.pass).toBe(false);
    expect(empty.failReasons[0]).toMatch(/no words/);
  });
});

describe('scoreMqmProject', () => {
  it('aggregates by summing APT and words, not by averaging document scores', () => {
    const p = scoreMqmProject([
      { id: 'desta', annotations: desta, sourceWordCount: 200 },
      { id: 'gpia', annotations: [{ severity: 'major', category: 'Terminology' }], sourceWordCount: 800 },
    ]);
    expect(p.documents.map((d) => d.id)).toEqual(['desta', 'gpia']);
    expect(p.documents[1].qualityScore).toBeCloseTo(100 * (1 - 5 / 800), 10);
    expect(p.project.apt).toBeCloseTo(21.2, 10);
    expect(p.project.sourceWordCount).toBe(1000);
    expect(p.project.qualityScore).toBeCloseTo(97.88, 10);
    expect(p.project.pass).toBe(true);
    expect(p.project.counts.major).toBe(4);
  });
});

describe('MQM data for the UI', () => {
  it('lists MQM Core with parents, and Other needs a note', () => {
    const ids = MQM_CATEGORIES.map((c) => c.id);
    expect(ids).toContain('Accuracy/Omission');
    expect(MQM_CATEGORIES.find((c) => c.id === 'Linguistic conventions/Spelling')?.parent).toBe('Linguistic conventions');
    expect(MQM_CATEGORIES.find((c) => c.id === 'Other')?.needsNote).toBe(true);
    for (const c of MQM_CATEGORIES) if (c.parent) expect(ids).toContain(c.parent);
    expect(MQM_SEVERITIES.map((s) => [s.id, s.defaultWeight])).toEqual([
      ['neutral', 0],
      ['minor', 1],
      ['major', 5],
      ['critical', 25],
    ]);
  });
});

describe('toMqmSeverity', () => {
  it('scores a confirmed info finding as neutral and keeps the others', () => {
    expect(['info', 'minor', 'major', 'critical'].map((s) => toMqmSeverity(s as 'info'))).toEqual(['neutral', 'minor', 'major', 'critical']);
    expect(scoreMqm([{ severity: toMqmSeverity('info'), category: 'Style' }], 100).apt).toBe(0);
  });
});

describe('countSourceWords', () => {
  it('counts English words, keeping hyphenated and dotted forms whole', () => {
    expect(countSourceWords('We propose DESTA, a state-of-the-art safe RL method (v2.0) for OpenAI Gym.')).toBe(12);
    expect(countSourceWords('')).toBe(0);
    expect(countSourceWords('   ,;  ')).toBe(0);
  });
  it('counts Chinese characters one each', () => {
    expect(countSourceWords('训练数据（GNN）')).toBe(5);
  });
});
