import { describe, expect, it, vi } from 'vitest';
import { segmentUnit } from '../../../src/core/text';
import type { CurrentUnit, UnitRecord } from '../../../src/db';
import { buildRows, buildRowsIncrementally, type AlignCacheEntry } from '../../../src/ui/review/buildRows';

function unit(id: number, source: string, target: string): CurrentUnit {
  const rec: UnitRecord = { id, projectId: 1, documentId: 1, order: id, extId: String(id), source, target, status: 'machine translated' };
  return { unit: rec, source, target };
}

describe('buildRows', () => {
  it('one row per aligned pair; the texts are the sentences of each side', () => {
    const rows = buildRows(
      [unit(1, 'We train the policy. It converges quickly.', '我们训练该策略。它收敛很快。')],
      segmentUnit,
      new Map(),
    );
    expect(rows.map((r) => [r.sourceText, r.targetText])).toEqual([
      ['We train the policy.', '我们训练该策略。'],
      ['It converges quickly.', '它收敛很快。'],
    ]);
    expect(rows.map((r) => r.rowInUnit)).toEqual([0, 1]);
  });

  it('a unit with no text at all still gets one (empty) row for its actions', () => {
    const rows = buildRows([unit(1, '', '')], segmentUnit, new Map());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ sourceText: '', targetText: '', rowInUnit: 0 });
  });

  it('re-aligns only units whose text changed', () => {
    const align = vi.fn(segmentUnit);
    const cache = new Map<number, AlignCacheEntry>();
    const a = unit(1, 'Graph neural networks are vulnerable.', '图神经网络容易受到攻击。');
    const b = unit(2, '', '强化学习涉及探索性动作。');
    buildRows([a, b], align, cache);
    expect(align).toHaveBeenCalledTimes(2);
    const b2 = { ...b, source: 'Reinforcement learning involves exploratory actions.' };
    const rows = buildRows([a, b2], align, cache);
    expect(align).toHaveBeenCalledTimes(3);
    expect(align).toHaveBeenLastCalledWith(b2.source, b2.target);
    expect(rows.find((r) => r.cu.unit.id === 2)?.sourceText).toBe('Reinforcement learning involves exploratory actions.');
  });

  it('a long document is aligned over several passes; unaligned units show their whole texts meanwhile', () => {
    const units = [
      unit(1, 'We train the policy. It converges quickly.', '我们训练该策略。它收敛很快。'),
      unit(2, 'The agent explores. It is safe.', '智能体进行探索。它是安全的。'),
      unit(3, 'Graphs are everywhere.', '图无处不在。'),
    ];
    const cache = new Map<number, AlignCacheEntry>();
    const first = buildRowsIncrementally(units, segmentUnit, cache, { maxNewAlignments: 1 });
    expect(first.pending).toBe(2);
    expect(first.rows.map((r) => r.kind)).toEqual(['1-1', '1-1', 'pending', 'pending']);
    expect(first.rows[2]).toMatchObject({ sourceText: 'The agent explores. It is safe.', targetText: '智能体进行探索。它是安全的。', rowInUnit: 0 });
    const second = buildRowsIncrementally(units, segmentUnit, cache, { maxNewAlignments: 1 });
    expect(second.pending).toBe(1);
    const third = buildRowsIncrementally(units, segmentUnit, cache, { maxNewAlignments: 1 });
    expect(third.pending).toBe(0);
    expect(third.rows.map((r) => r.targetText)).toEqual(['我们训练该策略。', '它收敛很快。', '智能体进行探索。', '它是安全的。', '图无处不在。']);
    // Provisional rows and aligned rows never share a key (their measured heights differ).
    expect(new Set([...first.rows, ...third.rows].map((r) => r.key)).size).toBe(first.rows.length + third.rows.length - 2);
  });
});
