import type { ParsedDocument, ParsedUnit } from '../model/Unit';
import { shortTitle } from '../text';

export interface RowUnit {
  unit: ParsedUnit;
  /** Value of the optional `document` column/key; undefined when the file has none. */
  document?: string;
  /** Value of an optional `title` column/key. */
  title?: string;
}

/**
 * Tabular formats: rows with a `document` value are grouped into documents named by it,
 * in order of first appearance; rows without one become a document each, named by their
 * title, else the first words of their text, else their id (worked out when the name is
 * first read: a report that shows no names, such as the CLI's JSON, never makes them).
 */
export function groupIntoDocuments(rows: RowUnit[]): ParsedDocument[] {
  const docs: ParsedDocument[] = [];
  const byName = new Map<string, ParsedDocument>();
  for (const r of rows) {
    const name = r.document?.trim();
    if (name) {
      let doc = byName.get(name);
      if (!doc) {
        doc = { name, units: [] };
        byName.set(name, doc);
        docs.push(doc);
      }
      doc.units.push(r.unit);
    } else docs.push(rowDocument(r));
  }
  return docs;
}

/**
 * The document of one row. `name` is an own, enumerable property (a getter and a setter), so
 * copies, JSON and structured clones (worker messages, IndexedDB) carry the name as before.
 */
function rowDocument(r: RowUnit): ParsedDocument {
  const { title, unit } = r;
  const text = unit.source || unit.target;
  const id = unit.id;
  let name: string | undefined;
  return {
    get name(): string {
      return (name ??= title?.trim() || shortTitle(text) || id);
    },
    set name(value: string) {
      name = value;
    },
    units: [unit],
  };
}
