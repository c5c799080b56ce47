import type { Correction } from '../../core/learn';
import { toCurrentUnits, type CurrentUnit } from '../CurrentUnit';
import type { DuizhaoDB } from '../DuizhaoDB';

/** Current texts of every unit of a project, in document order. */
export async function projectCurrentUnits(db: DuizhaoDB, projectId: number): Promise<CurrentUnit[]> {
  const [docs, units, revisions] = await Promise.all([
    db.documents.where('projectId').equals(projectId).toArray(),
    db.units.where('projectId').equals(projectId).toArray(),
    db.revisions.where('projectId').equals(projectId).toArray(),
  ]);
  const docOrder = new Map(docs.map((d) => [d.id, d.order]));
  units.sort((a, b) => (docOrder.get(a.documentId) ?? 0) - (docOrder.get(b.documentId) ?? 0) || a.order - b.order);
  return toCurrentUnits(units, revisions);
}

/**
 * Current texts of the units that carry a reviewer's target revision (the only ones that can
 * be corrections), without reading the project's other units: one read of the project's
 * revisions, one bulkGet of those units. In document order.
 */
export async function revisedCurrentUnits(db: DuizhaoDB, projectId: number): Promise<CurrentUnit[]> {
  const revisions = await db.revisions.where('projectId').equals(projectId).toArray();
  const ids = [...new Set(revisions.filter((r) => r.side === 'target').map((r) => r.unitId))];
  if (ids.length === 0) return [];
  const units = (await db.units.bulkGet(ids)).filter((u) => u !== undefined);
  const docs = await db.documents.bulkGet([...new Set(units.map((u) => u.documentId))]);
  const docOrder = new Map(docs.flatMap((d) => (d ? [[d.id, d.order] as const] : [])));
  units.sort((a, b) => (docOrder.get(a.documentId) ?? 0) - (docOrder.get(b.documentId) ?? 0) || a.order - b.order);
  const wanted = new Set(ids);
  return toCurrentUnits(units, revisions.filter((r) => wanted.has(r.unitId)));
}

/**
 * The reviewers' corrections: units whose current translation is a revision that differs
 * from a non-empty machine translation. `unitId` is the database id (as a string).
 */
export function correctionsOf(units: readonly CurrentUnit[]): Correction[] {
  const out: Correction[] = [];
  for (const cu of units) {
    const r = cu.targetRevision;
    if (!r || !cu.unit.target.trim() || r.text === cu.unit.target) continue;
    out.push({
      unitId: String(cu.unit.id),
      source: cu.source,
      mt: cu.unit.target,
      corrected: r.text,
      ...(r.author ? { reviewer: r.author } : {}),
      date: new Date(r.createdAt).toISOString().slice(0, 10),
    });
  }
  return out;
}
