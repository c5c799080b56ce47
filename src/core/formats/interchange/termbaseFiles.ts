import type { Termbase } from '../../glossary/Termbase';
import { ImportError } from '../../model/ImportError';
import { parseTbx, type ParsedTermbase } from '../tbx/parseTbx';
import { writeTbx } from '../tbx/writeTbx';
import { parseTermbaseCsv } from '../termbase/parseTermbaseCsv';
import { parseTermbaseJson } from '../termbase/parseTermbaseJson';
import { parseTermPairs } from '../termbase/parseTermPairs';
import { writeTermbaseCsv } from '../termbase/writeTermbaseCsv';
import { decodeXmlBytes } from '../xml/decodeXmlBytes';

export const TERMBASE_IMPORT_EXTENSIONS = ['tbx', 'csv', 'tsv', 'json', 'txt', 'md'];
export const TERMBASE_EXPORT_EXTENSIONS = ['tbx', 'csv', 'tsv', 'json'];

function ext(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const i = base.lastIndexOf('.');
  return i > 0 ? base.slice(i + 1).toLowerCase() : '';
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * A termbase file → Termbase, by extension: .tbx (TBX v3 / 2008), .csv/.tsv (header mapping),
 * .json (duizhao format), .txt/.md ("中文，english" pairs; a .txt with a header row is read as TSV/CSV).
 */
export function parseTermbaseFile(bytes: Uint8Array, fileName: string): ParsedTermbase {
  const e = ext(fileName);
  if (e === 'tbx' || e === 'xml') {
    const d = decodeXmlBytes(bytes, fileName);
    const r = parseTbx(d.text, fileName);
    r.warnings.unshift(...d.warnings);
    return r;
  }
  const text = decodeText(bytes);
  if (e === 'csv') return parseTermbaseCsv(text, fileName, ',');
  if (e === 'tsv' || e === 'tab') return parseTermbaseCsv(text, fileName, '\t');
  if (e === 'json') return parseTermbaseJson(text, fileName);
  if (e === 'txt' || e === 'md') {
    const first = text.split(/\r?\n/, 1)[0] ?? '';
    if (/^\s*(en|english|source|term)\s*[\t,]/i.test(first)) return parseTermbaseCsv(text, fileName);
    return parseTermPairs(text, fileName);
  }
  throw new ImportError(fileName, `files ending in .${e || '(none)'} are not termbases duizhao reads; use ${TERMBASE_IMPORT_EXTENSIONS.map((x) => `.${x}`).join(', ')}`);
}

/** The termbase alone (warnings dropped): the hook `src/cli/loadTermbaseFile.ts` looks for. */
export function parseTermbaseBytes(bytes: Uint8Array, fileName: string): Termbase {
  return parseTermbaseFile(bytes, fileName).termbase;
}

/** Termbase → file text, by the output file's extension (.tbx, .csv, .tsv, .json). */
export function exportTermbase(tb: Termbase, fileName: string): string {
  const e = ext(fileName);
  if (e === 'tbx') return writeTbx(tb);
  if (e === 'csv') return writeTermbaseCsv(tb, ',');
  if (e === 'tsv') return writeTermbaseCsv(tb, '\t');
  if (e === 'json') return JSON.stringify(tb, null, 2) + '\n';
  throw new ImportError(fileName, `cannot write a termbase as .${e || '(none)'}; use ${TERMBASE_EXPORT_EXTENSIONS.map((x) => `.${x}`).join(', ')}`);
}
