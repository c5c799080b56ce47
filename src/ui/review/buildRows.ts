import type { CurrentUnit } from '../../db';

/** Offsets into the text passed to the aligner (start inclusive, end exclusive). */
export interface RowSpan {
  start: number;
  end: number;
}

/** What the aligner returns per aligned sentence row (core `Segment` is assignable to it). */
export interface AlignedPair {
  source: RowSpan | null;
  target: RowSpan | null;
  kind?: string;
}

export type Aligner = (source: string, target: string) => AlignedPair[];

/** One visual row of the review grid: one aligned sentence pair of one unit. */
export interface ReviewRow {
  key: string;
  cu: CurrentUnit;
  /** Index of the unit in the document. */
  unitIndex: number;
  /** Row within the unit (0 = first: carries the "Add …" actions). */
  rowInUnit: number;
  sourceText: string;
  targetText: string;
  kind: string;
}

interface CacheEntry {
  source: string;
  target: string;
  pairs: AlignedPair[];
}

/**
 * Flattens the units of a document into aligned rows. `cache` (per unit id) keeps the
 * alignment of units whose texts did not change, so saving one unit re-aligns only it.
 */
export function buildRows(units: CurrentUnit[], align: Aligner, cache: Map<number, CacheEntry>): ReviewRow[] {
  const rows: ReviewRow[] = [];
  units.forEach((cu, unitIndex) => {
    let entry = cache.get(cu.unit.id);
    if (!entry || entry.source !== cu.source || entry.target !== cu.target) {
      const pairs = cu.source.trim() || cu.target.trim() ? align(cu.source, cu.target) : [];
      entry = { source: cu.source, target: cu.target, pairs };
      cache.set(cu.unit.id, entry);
    }
    const pairs: AlignedPair[] = entry.pairs.length ? entry.pairs : [{ source: null, target: null, kind: 'empty' }];
    const version = `${cu.sourceRevision?.id ?? 0}.${cu.targetRevision?.id ?? 0}`;
    pairs.forEach((p, rowInUnit) => {
      rows.push({
        key: `${cu.unit.id}:${version}:${rowInUnit}`,
        cu,
        unitIndex,
        rowInUnit,
        sourceText: p.source ? cu.source.slice(p.source.start, p.source.end).trim() : '',
        targetText: p.target ? cu.target.slice(p.target.start, p.target.end).trim() : '',
        kind: p.kind ?? '',
      });
    });
  });
  return rows;
}
