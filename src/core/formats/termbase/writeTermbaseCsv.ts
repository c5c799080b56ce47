import Papa from 'papaparse';
import type { Termbase } from '../../glossary/Termbase';
import { csvSafe } from '../delimited/csvSafe';

/**
 * Termbase as CSV/TSV, one row per Chinese rendering (or one row when there is none):
 * id, en, zh, status, variants, acronym, pos, domain, definition, note, dnt. Formula-neutralised.
 * `parseTermbaseCsv` reads it back.
 */
export function writeTermbaseCsv(tb: Termbase, delimiter: ',' | '\t' = ','): string {
  const rows: string[][] = [['id', 'en', 'zh', 'status', 'variants', 'acronym', 'pos', 'domain', 'definition', 'note', 'dnt']];
  for (const c of tb.concepts) {
    c.en.forEach((e, i) => {
      const base = (zh: string, status: string, note: string) => [
        c.id, e.text, zh, status, (e.variants ?? []).join('; '), e.acronym ?? '', e.partOfSpeech ?? '',
        i === 0 ? c.domain ?? '' : '', i === 0 ? c.definition ?? '' : '', note, c.dnt ? 'yes' : '',
      ];
      if (i > 0 || c.zh.length === 0) rows.push(base('', '', i === 0 ? c.note ?? '' : ''));
      else for (const z of c.zh) rows.push(base(z.text, z.status, z.note ?? ''));
    });
  }
  return Papa.unparse(rows.map((r) => r.map(csvSafe)), { delimiter, newline: '\r\n', escapeFormulae: false }) + '\r\n';
}
