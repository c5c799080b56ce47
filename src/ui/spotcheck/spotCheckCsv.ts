import Papa from 'papaparse';
import { csvSafe } from '../../core/formats';
import type { SpotCheck } from '../../db/glossary';

/** A spot-check as CSV (one row per sampled pair); formula-like cells are neutralised. */
export function spotCheckCsv(sc: SpotCheck): string {
  const rows: string[][] = [['#', 'unit', 'document', 'sentence', 'source', 'target', 'flagged', 'verdict', 'mqm_category', 'note']];
  sc.items.forEach((it, i) =>
    rows.push([
      String(i + 1),
      it.extId,
      it.docTitle,
      String(it.sentence + 1),
      it.source,
      it.target,
      it.flagged === undefined ? '' : it.flagged ? 'yes' : 'no',
      it.verdict ?? '',
      it.category ?? '',
      it.note ?? '',
    ]),
  );
  return Papa.unparse(rows.map((r) => r.map(csvSafe)), { newline: '\r\n', escapeFormulae: false }) + '\r\n';
}
