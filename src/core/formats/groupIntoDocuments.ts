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
 * title, else the first words of their text, else their id.
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
    } else {
      const title = r.title?.trim() || shortTitle(r.unit.source || r.unit.target) || r.unit.id;
      docs.push({ name: title, units: [r.unit] });
    }
  }
  return docs;
}
