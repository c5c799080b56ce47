import Papa from 'papaparse';
import type { Termbase } from '../../core/glossary';
import { csvSafe } from '../../core/formats';

/**
 * The corrected glossary as CSV with provenance, one row per Chinese rendering: id, en, zh,
 * status, variants, note, origin, evidence (units), reviewer, date. Cells that a
 * spreadsheet would run as a formula are neutralised. `duizhao glossary` reads it back
 * (unknown columns are ignored).
 */
export function writeGlossaryCsv(tb: Termbase): string {
  const rows: string[][] = [['id', 'en', 'zh', 'status', 'variants', 'note', 'origin', 'evidence', 'reviewer', 'date']];
  for (const c of tb.concepts) {
    const p = c.provenance;
    const tail = [c.note ?? '', p?.origin ?? '', (p?.evidence ?? []).join('; '), p?.author ?? '', p?.date ?? ''];
    const en = c.en[0]?.text ?? '';
    const variants = c.en.flatMap((e, i) => (i === 0 ? (e.variants ?? []) : [e.text, ...(e.variants ?? [])])).join('; ');
    if (c.zh.length === 0) rows.push([c.id, en, '', '', variants, ...tail]);
    for (const z of c.zh) rows.push([c.id, en, z.text, z.status, variants, ...tail]);
  }
  return Papa.unparse(rows.map((r) => r.map(csvSafe)), { newline: '\r\n', escapeFormulae: false }) + '\r\n';
}
