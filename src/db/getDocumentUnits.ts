import { Dexie } from 'dexie';
import { toCurrentUnits, type CurrentUnit } from './CurrentUnit';
import type { DuizhaoDB } from './DuizhaoDB';

/** The units of one document in file order, with their current texts. */
export async function getDocumentUnits(db: DuizhaoDB, documentId: number): Promise<CurrentUnit[]> {
  const units = await db.units
    .where('[documentId+order]')
    .between([documentId, Dexie.minKey], [documentId, Dexie.maxKey])
    .toArray();
  if (!units.length) return [];
  const revisions = await db.revisions.where('unitId').anyOf(units.map((u) => u.id)).toArray();
  return toCurrentUnits(units, revisions);
}
