import { Dexie } from 'dexie';
import type { DocumentRecord, DuizhaoDB, UnitRecord } from '../db';

/**
 * The units of `docs` (documents in project order), grouped by document and in document
 * order, in one read. Documents imported together have consecutive ids, so one range of
 * the [documentId+order] index covers them (units of other documents in that range are
 * dropped); ids scattered wider fall back to one lookup per document id.
 */
export async function readDocumentUnits(db: DuizhaoDB, docs: readonly Pick<DocumentRecord, 'id'>[]): Promise<Map<number, UnitRecord[]>> {
  const byDoc = new Map<number, UnitRecord[]>();
  if (!docs.length) return byDoc;
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of docs) {
    byDoc.set(d.id, []);
    if (d.id < lo) lo = d.id;
    if (d.id > hi) hi = d.id;
  }
  const units =
    hi - lo + 1 <= docs.length * 2
      ? await db.units.where('[documentId+order]').between([lo, Dexie.minKey], [hi, Dexie.maxKey]).toArray()
      : await db.units.where('documentId').anyOf([...byDoc.keys()]).toArray();
  for (const u of units) byDoc.get(u.documentId)?.push(u);
  for (const list of byDoc.values()) {
    for (let i = 1; i < list.length; i++) {
      if (list[i - 1].order > list[i].order) {
        list.sort((a, b) => a.order - b.order);
        break;
      }
    }
  }
  return byDoc;
}
