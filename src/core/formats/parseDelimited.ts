import Papa from 'papaparse';
import { ImportError } from '../model/ImportError';
import type { ParsedFile, ParsedUnit } from '../model/Unit';
import { groupIntoDocuments, type RowUnit } from './groupIntoDocuments';

const REQUIRED = ['id', 'source', 'target'] as const;

function delimiterName(d: string): string {
  return d === '\t' ? 'tab' : d === ',' ? 'comma' : d === ';' ? 'semicolon' : `"${d}"`;
}

/** Tab if the header line has one, else comma, else semicolon (Excel in some locales). */
function guessDelimiter(text: string): string {
  const nl = text.search(/\r|\n/);
  const first = nl < 0 ? text : text.slice(0, nl);
  if (first.includes('\t')) return '\t';
  if (first.includes(',')) return ',';
  if (first.includes(';')) return ';';
  return ',';
}

/**
 * Parse TSV/CSV (RFC 4180 via papaparse: quoted fields, doubled quotes, embedded newlines,
 * CRLF). The first row is a header containing `id`, `source` and `target`
 * (case-insensitive, any order). An optional `document` column groups rows into documents,
 * an optional `title` names single-row documents; other columns are kept in
 * `unit.extra.columns`, and `unit.extra.line` is the row's first line.
 * Field text is kept exactly (ids are trimmed). Blank rows are skipped.
 * Errors (ImportError) name the file and line: missing header columns, too few or too
 * many fields, unbalanced quotes, empty or duplicate ids, no rows.
 */
export function parseDelimited(text: string, fileName: string, delimiter?: string): ParsedFile {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new ImportError(fileName, 'the file is empty: a table needs a header row id, source, target and one row per unit.');
  const delim = delimiter ?? guessDelimiter(text);
  const dname = delimiterName(delim);

  // Line of a character offset; offsets only grow, so counting is linear overall.
  let scanPos = 0;
  let scanLine = 1;
  const lineAt = (offset: number): number => {
    if (offset < scanPos) {
      scanPos = 0;
      scanLine = 1;
    }
    for (; scanPos < offset && scanPos < text.length; scanPos++) {
      const c = text.charCodeAt(scanPos);
      if (c === 10 || (c === 13 && text.charCodeAt(scanPos + 1) !== 10)) scanLine++;
    }
    return scanLine;
  };

  let header: string[] | null = null;
  let col: Record<string, number> = {};
  const rows: RowUnit[] = [];
  const seen = new Map<string, number>();
  let rowStart = 0;

  Papa.parse<string[]>(text, {
    delimiter: delim,
    newline: undefined,
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const start = rowStart;
      rowStart = result.meta.cursor;
      const fields = result.data;
      const line = lineAt(start + leadingBreak(text, start));
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        const at = typeof quoteError.index === 'number' ? lineAt(Math.max(start, Math.min(quoteError.index, text.length))) : line;
        throw new ImportError(
          fileName,
          `${quoteError.code === 'MissingQuotes' ? 'a quoted field is never closed (unbalanced quotes)' : 'a closing quote is followed by other text (malformed quotes)'}` +
            ' — a field that contains quotes must be quoted as a whole, with each inner " written as "".',
          Math.min(at, line + countLines(fields)),
        );
      }
      if (fields.length === 1 && fields[0].trim() === '') return; // blank line
      if (!header) {
        header = fields.map((h) => h.trim().toLowerCase());
        col = Object.fromEntries(header.map((h, i) => [h, i]).reverse());
        const missing = REQUIRED.filter((r) => !(r in col));
        if (missing.length) {
          const found = fields.map((f) => f.trim()).filter(Boolean);
          throw new ImportError(
            fileName,
            `header must contain id, source and target; found ${found.length ? found.join(', ') : 'nothing'} ` +
              `(missing: ${missing.join(', ')}; columns separated by ${dname}). Add a first row such as id${delim === '\t' ? '<tab>' : delim}source${delim === '\t' ? '<tab>' : delim}target.`,
            line,
          );
        }
        return;
      }
      if (fields.length < header.length) {
        throw new ImportError(
          fileName,
          `this row has ${fields.length} field${fields.length === 1 ? '' : 's'} but the header has ${header.length} ` +
            `(${header.join(', ')}): a ${dname} is missing or the row is cut short.`,
          line,
        );
      }
      if (fields.length > header.length && fields.slice(header.length).some((f) => f.trim() !== '')) {
        throw new ImportError(
          fileName,
          `this row has ${fields.length} fields but the header has ${header.length} (${header.join(', ')}): ` +
            `put a field that contains a ${dname} in double quotes.`,
          line,
        );
      }
      if (fields.every((f) => f.trim() === '')) return;
      const id = fields[col.id].trim();
      if (!id) throw new ImportError(fileName, 'the id is empty: every row needs a unique id.', line);
      const first = seen.get(id);
      if (first !== undefined) {
        throw new ImportError(fileName, `id "${id}" is used twice (first on line ${first}): ids must be unique.`, line);
      }
      seen.set(id, line);
      const columns: Record<string, string> = {};
      header.forEach((h, i) => {
        if (!REQUIRED.includes(h as (typeof REQUIRED)[number]) && h !== 'document' && h !== 'title' && h) columns[h] = fields[i];
      });
      const unit: ParsedUnit = {
        id,
        source: fields[col.source],
        target: fields[col.target],
        extra: Object.keys(columns).length ? { line, columns } : { line },
      };
      rows.push({
        unit,
        document: col.document !== undefined ? fields[col.document] : undefined,
        title: col.title !== undefined ? fields[col.title] : undefined,
      });
    },
  });

  if (!header) throw new ImportError(fileName, 'the file is empty: a table needs a header row id, source, target.');
  if (rows.length === 0) {
    throw new ImportError(fileName, 'the header is there but no rows follow it: add one row per unit (id, source, target).', 2);
  }
  return {
    format: delim === '\t' ? 'tsv' : 'csv',
    fileName,
    sourceLang: 'en',
    targetLang: 'zh',
    documents: groupIntoDocuments(rows),
    warnings: [],
  };
}

/** papaparse's cursor sits on the line break that ended the previous row: skip it. */
function leadingBreak(text: string, at: number): number {
  if (at === 0) return 0;
  if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) return 2;
  const c = text.charCodeAt(at);
  return c === 10 || c === 13 ? 1 : 0;
}

function countLines(fields: string[]): number {
  let n = 0;
  for (const f of fields) n += (f.match(/\r\n|\n|\r/g) ?? []).length;
  return n;
}
