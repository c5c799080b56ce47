import { ImportError } from '../model/ImportError';
import type { ParsedFile, ParsedUnit } from '../model/Unit';
import { groupIntoDocuments, type RowUnit } from './groupIntoDocuments';

const EXAMPLE = '{"id": "1", "source": "Graph neural networks …", "target": "图神经网络……"}';
const KNOWN = new Set(['id', 'source', 'target', 'document', 'title']);

/**
 * Parse JSON Lines: one object per line with `id` (string or number), `source` and
 * `target` (strings; one of them may be absent = missing side), optional `document`
 * (groups units) and `title`; other keys go to `unit.extra.columns`, the line to
 * `unit.extra.line`. Blank lines are skipped. Errors name the file and line.
 */
export function parseJsonl(text: string, fileName: string): ParsedFile {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows: RowUnit[] = [];
  const seen = new Map<string, number>();
  let lineNo = 0;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    lineNo++;
    const raw = text.slice(pos, end);
    pos = end + 1;
    const line = raw.trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new ImportError(
        fileName,
        `not valid JSON (${(e as Error).message}). Each line must be one object, e.g. ${EXAMPLE}`,
        lineNo,
      );
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new ImportError(fileName, `expected an object with id, source and target, found ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}.`, lineNo);
    }
    const obj = value as Record<string, unknown>;
    const idValue = obj.id;
    if (typeof idValue !== 'string' && typeof idValue !== 'number') {
      throw new ImportError(fileName, `"id" is missing or not a string/number: every object needs a unique id.`, lineNo);
    }
    const id = String(idValue).trim();
    if (!id) throw new ImportError(fileName, 'the id is empty: every object needs a unique id.', lineNo);
    for (const key of ['source', 'target', 'document', 'title']) {
      if (obj[key] !== undefined && obj[key] !== null && typeof obj[key] !== 'string') {
        throw new ImportError(fileName, `"${key}" of unit "${id}" must be a string, found ${typeof obj[key]}.`, lineNo);
      }
    }
    if (typeof obj.source !== 'string' && typeof obj.target !== 'string') {
      throw new ImportError(fileName, `unit "${id}" has neither "source" nor "target": give at least one of them.`, lineNo);
    }
    const first = seen.get(id);
    if (first !== undefined) {
      throw new ImportError(fileName, `id "${id}" is used twice (first on line ${first}): ids must be unique.`, lineNo);
    }
    seen.set(id, lineNo);
    const columns: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) if (!KNOWN.has(k)) columns[k] = v;
    const unit: ParsedUnit = {
      id,
      source: typeof obj.source === 'string' ? obj.source : '',
      target: typeof obj.target === 'string' ? obj.target : '',
      extra: Object.keys(columns).length ? { line: lineNo, columns } : { line: lineNo },
    };
    rows.push({
      unit,
      document: typeof obj.document === 'string' ? obj.document : undefined,
      title: typeof obj.title === 'string' ? obj.title : undefined,
    });
  }
  if (rows.length === 0) {
    throw new ImportError(fileName, `the file is empty: JSON Lines needs one object per line, e.g. ${EXAMPLE}`);
  }
  return { format: 'jsonl', fileName, sourceLang: 'en', targetLang: 'zh', documents: groupIntoDocuments(rows), warnings: [] };
}
