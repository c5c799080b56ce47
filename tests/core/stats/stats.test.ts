import { describe, expect, it } from 'vitest';
import { sampleSizeForMargin, seededRandom, seededSample, spotCheckEstimate, wilsonInterval } from '../../../src/core/stats';

describe('wilsonInterval', () => {
  it('gives [0.0435, 0.2136] for 5 failures in 50', () => {
    const w = wilsonInterval(5, 50);
    expect(w.estimate).toBe(0.1);
    expect(w.lower).toBeCloseTo(0.04347, 4);
    expect(w.upper).toBeCloseTo(0.21361, 4);
  });

  it('matches the closed form for 0 failures: upper = z²/(n + z²)', () => {
    const w = wilsonInterval(0, 20);
    expect(w.lower).toBe(0);
    expect(w.upper).toBeCloseTo(1.96 ** 2 / (20 + 1.96 ** 2), 12);
  });

  it('is symmetric: k of n failures mirrors n−k', () => {
    const a = wilsonInterval(3, 40);
    const b = wilsonInterval(37, 40);
    expect(a.lower).toBeCloseTo(1 - b.upper, 12);
    expect(a.upper).toBeCloseTo(1 - b.lower, 12);
    expect(wilsonInterval(40, 40).upper).toBe(1);
  });

  it('narrows as the sample grows, and knows nothing from an empty sample', () => {
    const small = wilsonInterval(2, 20);
    const big = wilsonInterval(20, 200);
    expect(big.upper - big.lower).toBeLessThan(small.upper - small.lower);
    expect(wilsonInterval(0, 0)).toMatchObject({ lower: 0, upper: 1 });
    expect(() => wilsonInterval(6, 5)).toThrow(/failures ≤ n/);
  });
});

describe('sampleSizeForMargin', () => {
  it('needs 385 for ±5% at 95%, and 278 out of a population of 1,000', () => {
    expect(sampleSizeForMargin(0.05)).toBe(385);
    expect(sampleSizeForMargin(0.05, 0.5, 1.96, 1000)).toBe(278);
  });
  it('needs fewer for a wider margin or a skewed expected rate, never more than the population', () => {
    expect(sampleSizeForMargin(0.1)).toBe(97);
    expect(sampleSizeForMargin(0.05, 0.1)).toBe(139);
    expect(sampleSizeForMargin(0.01, 0.5, 1.96, 50)).toBeLessThanOrEqual(50);
    expect(() => sampleSizeForMargin(0)).toThrow(/margin/);
  });
});

describe('seededSample', () => {
  const units = Array.from({ length: 100 }, (_, i) => ({ id: `u${i}`, doc: i < 80 ? 'desta' : 'gpia', flagged: i % 4 === 0 }));

  it('is reproducible for a seed and differs between seeds', () => {
    const a = seededSample(units, 10, 'spot-check 2026-11-28');
    const b = seededSample(units, 10, 'spot-check 2026-11-28');
    const c = seededSample(units, 10, 'another seed');
    expect(a.map((u) => u.id)).toEqual(b.map((u) => u.id));
    expect(a.map((u) => u.id)).not.toEqual(c.map((u) => u.id));
    expect(new Set(a.map((u) => u.id)).size).toBe(10);
    // Original order is kept.
    const idx = a.map((u) => units.indexOf(u));
    expect([...idx].sort((x, y) => x - y)).toEqual(idx);
  });

  it('returns everything when n covers the population and nothing for n = 0', () => {
    expect(seededSample(units.slice(0, 5), 10, 's')).toHaveLength(5);
    expect(seededSample(units, 0, 's')).toEqual([]);
  });

  it('stratifies proportionally by document', () => {
    const s = seededSample(units, 10, 'seed', { stratifyBy: (u) => u.doc });
    expect(s.filter((u) => u.doc === 'desta')).toHaveLength(8);
    expect(s.filter((u) => u.doc === 'gpia')).toHaveLength(2);
    expect(seededSample(units, 10, 'seed', { stratifyBy: (u) => u.doc }).map((u) => u.id)).toEqual(s.map((u) => u.id));
  });

  it('stratifies by flagged/unflagged with largest remainders (25 flagged of 100: n = 7 → 2 + 5; tie at n = 6 → larger stratum, 1 + 5)', () => {
    const by = { stratifyBy: (u: (typeof units)[number]) => (u.flagged ? 'flagged' : 'unflagged') };
    const s7 = seededSample(units, 7, 'x', by);
    expect(s7.filter((u) => u.flagged)).toHaveLength(2);
    expect(s7.filter((u) => !u.flagged)).toHaveLength(5);
    const s6 = seededSample(units, 6, 'x', by);
    expect(s6.filter((u) => u.flagged)).toHaveLength(1);
    expect(s6.filter((u) => !u.flagged)).toHaveLength(5);
  });

  it('draws each unit about equally often across seeds (no bias to the front)', () => {
    const hits = new Array(20).fill(0);
    for (let k = 0; k < 2000; k++) for (const i of seededSample([...Array(20).keys()], 5, `s${k}`)) hits[i] += 1;
    // Expected 500 each; allow ±20%.
    for (const h of hits) expect(Math.abs(h - 500)).toBeLessThan(100);
    const r = seededRandom('a');
    for (let i = 0; i < 1000; i++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});

describe('spotCheckEstimate', () => {
  it('estimates the error rate of 5 failures in 50 verdicts, ignoring unjudged items', () => {
    const outcomes = [
      ...Array.from({ length: 45 }, () => ({ pass: true })),
      { pass: false, category: 'Terminology' },
      { pass: false, category: 'Terminology' },
      { pass: false, category: 'Accuracy/Mistranslation' },
      { pass: false, category: 'Terminology' },
      { pass: false },
      null,
      undefined,
    ];
    const e = spotCheckEstimate(outcomes);
    expect(e.n).toBe(50);
    expect(e.failures).toBe(5);
    expect(e.errorRate.lower).toBeCloseTo(0.04347, 4);
    expect(e.errorRate.upper).toBeCloseTo(0.21361, 4);
    expect(e.margin).toBeCloseTo((0.21361 - 0.04347) / 2, 4);
    expect(e.byCategory).toEqual([
      { category: 'Terminology', failures: 3 },
      { category: '', failures: 1 },
      { category: 'Accuracy/Mistranslation', failures: 1 },
    ]);
    // Planned with p = 0.2136 (the bound closest to 50%): 1.96² · p(1 − p) / 0.05² → 259.
    expect(e.neededForTarget).toBe(sampleSizeForMargin(0.05, e.errorRate.upper));
    expect(e.neededForTarget).toBeLessThan(385);
  });

  it('plans the worst case with no verdicts yet, and corrects for a small corpus', () => {
    expect(spotCheckEstimate([]).neededForTarget).toBe(385);
    expect(spotCheckEstimate([], { population: 1000 }).neededForTarget).toBe(278);
  });
});
