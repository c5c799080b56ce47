import type { Segment } from '../../core/text';
import type { CurrentUnit } from '../../db';

/** core/text `segmentUnit`: aligned sentence pairs, spans are offsets into the texts given. */
export type Aligner = (source: string, target: string) => Segment[];

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
  /** Offset of `sourceText` / `targetText` in the unit's current source / target. */
  sourceStart: number;
  targetStart: number;
  kind: string;
}

/** The span's text without surrounding whitespace, and where that starts in `text`. */
function cut(text: string, span: { start: number; end: number } | null): [string, number] {
  if (!span) return ['', 0];
  const raw = text.slice(span.start, span.end);
  const lead = raw.length - raw.trimStart().length;
  return [raw.trim(), span.start + lead];
}

export interface AlignCacheEntry {
  source: string;
  target: string;
  pairs: Segment[];
}

type RowPair = Segment | { source: { start: number; end: number } | null; target: { start: number; end: number } | null; kind: string };

export interface BuildRowsOptions {
  /** Align at most this many new units now; the others get one provisional row each. */
  maxNewAlignments?: number;
}

export interface BuiltRows {
  rows: ReviewRow[];
  /** Units shown with a provisional (not yet aligned) row: call again to align more. */
  pending: number;
}

/**
 * Flattens the units of a document into aligned rows. `cache` (per unit id) keeps the
 * alignment of units whose texts did not change, so saving one unit re-aligns only it.
 * With `maxNewAlignments`, a long document is aligned over several calls (no long task):
 * a unit not aligned yet shows its whole texts in one row (kind 'pending').
 */
export function buildRows(
  units: CurrentUnit[],
  align: Aligner,
  cache: Map<number, AlignCacheEntry>,
  opts: BuildRowsOptions = {},
): ReviewRow[] {
  return buildRowsIncrementally(units, align, cache, opts).rows;
}

export function buildRowsIncrementally(
  units: CurrentUnit[],
  align: Aligner,
  cache: Map<number, AlignCacheEntry>,
  { maxNewAlignments = Infinity }: BuildRowsOptions = {},
): BuiltRows {
  const rows: ReviewRow[] = [];
  let budget = maxNewAlignments;
  let pending = 0;
  units.forEach((cu, unitIndex) => {
    let entry = cache.get(cu.unit.id);
    if (!entry || entry.source !== cu.source || entry.target !== cu.target) {
      if (budget > 0) {
        budget--;
        const pairs = cu.source.trim() || cu.target.trim() ? align(cu.source, cu.target) : [];
        entry = { source: cu.source, target: cu.target, pairs };
        cache.set(cu.unit.id, entry);
      } else {
        entry = undefined;
        pending++;
      }
    }
    const pairs: RowPair[] = !entry
      ? [{ source: { start: 0, end: cu.source.length }, target: { start: 0, end: cu.target.length }, kind: 'pending' }]
      : entry.pairs.length
        ? entry.pairs
        : [{ source: null, target: null, kind: 'empty' }];
    const version = `${cu.sourceRevision?.id ?? 0}.${cu.targetRevision?.id ?? 0}${entry ? '' : 'p'}`;
    pairs.forEach((p, rowInUnit) => {
      const [sourceText, sourceStart] = cut(cu.source, p.source);
      const [targetText, targetStart] = cut(cu.target, p.target);
      rows.push({
        key: `${cu.unit.id}:${version}:${rowInUnit}`,
        cu,
        unitIndex,
        rowInUnit,
        sourceText,
        targetText,
        sourceStart,
        targetStart,
        kind: p.kind,
      });
    });
  });
  return { rows, pending };
}
