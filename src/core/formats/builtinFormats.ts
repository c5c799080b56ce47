import type { FormatParser } from './FormatParser';
import { parseDelimited } from './parseDelimited';
import { dumpMarkerEngine, parseDump } from './parseDump';
import { parseJsonl } from './parseJsonl';

/** Look at the first lines only: sniffing must stay cheap on a 50 MB file. */
function head(text: string, chars = 64 * 1024): string[] {
  return text.slice(0, chars).split(/\r\n|\n|\r/);
}

/**
 * The formats of this folder, most specific sniff first (a .txt whose first line is an
 * id/source/target header is a TSV; any other .txt is a dump). XML formats (XLIFF, TMX, TBX, PO) are registered next to
 * these by their own module through `registerFormat`.
 */
export const BUILTIN_FORMATS: FormatParser[] = [
  {
    id: 'tsv',
    label: 'Tab-separated table with the header id, source, target',
    extensions: ['tsv', 'tab', 'txt'],
    sniff: (text) => isTableHeader(firstLine(text), '\t'),
    parse: (text, fileName) => parseDelimited(text, fileName, '\t'),
  },
  {
    id: 'dump',
    label: "duizhao dump (text blocks, each followed by 'translated by <engine>')",
    extensions: ['txt', 'dump'],
    sniff: (text) => head(text).some((l) => dumpMarkerEngine(l) !== null),
    parse: parseDump,
  },
  {
    id: 'csv',
    label: 'Comma-separated table with the header id, source, target',
    extensions: ['csv'],
    sniff: (text) => isTableHeader(firstLine(text), ',') || isTableHeader(firstLine(text), ';'),
    parse: (text, fileName) => parseDelimited(text, fileName),
  },
  {
    id: 'jsonl',
    label: 'JSON Lines: one {"id", "source", "target"} object per line',
    extensions: ['jsonl', 'ndjson'],
    sniff: (text) => /^\uFEFF?\s*\{/.test(text.slice(0, 100)),
    parse: parseJsonl,
  },
];

function firstLine(text: string): string {
  const t = text.slice(0, 4096).replace(/^\uFEFF/, '');
  const nl = t.search(/\r|\n/);
  return nl < 0 ? t : t.slice(0, nl);
}

function isTableHeader(line: string, delimiter: string): boolean {
  const cols = line.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  return ['id', 'source', 'target'].every((c) => cols.includes(c));
}
