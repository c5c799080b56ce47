import type { DocumentRecord, DuizhaoDB, UnitRecord } from '../db';
import { unitLabel } from '../db/glossary';
import type { UnitRef } from './glossaryProtocol';

/** Names units for lists ("unit 3 · 强化学习…"), in document then unit order; unknown ids are left out. */
export async function glossaryUnitRefs(db: DuizhaoDB, unitIds: readonly number[]): Promise<UnitRef[]> {
  const units = (await db.units.bulkGet([...new Set(unitIds)])).filter((u): u is UnitRecord => u !== undefined);
  const docs = new Map<number, DocumentRecord>();
  for (const d of await db.documents.bulkGet([...new Set(units.map((u) => u.documentId))])) if (d) docs.set(d.id, d);
  units.sort((a, b) => (docs.get(a.documentId)?.order ?? 0) - (docs.get(b.documentId)?.order ?? 0) || a.order - b.order);
  return units.map((u) => ({ unitId: u.id, documentId: u.documentId, extId: u.extId, label: unitLabel({ unit: u }, docs.get(u.documentId)) }));
}
