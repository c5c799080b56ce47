import type { Table } from 'dexie';
import { legacyFindingsToChunks } from '../findingsCache/legacyFindingsToChunks';

type Row = Record<string, unknown>;

/**
 * Brings the records of a backup written by an older schema up to this one, as the
 * database's own upgrade functions did for stored data (a backup skips them):
 * v1 → v2: annotations get the `documentId` of their unit (from the backup, else from the
 * stored units when merging), decisions without an action were dismissals.
 * v2 → v3: the findings cache's records (one per finding) become finding chunks.
 * Returns new arrays; the backup object is not changed.
 */
export async function upgradeBackupTables(
  tables: Record<string, Row[]>,
  schemaVersion: number,
  storedUnits: Table,
): Promise<Record<string, Row[]>> {
  if (schemaVersion >= 3) return tables;
  const out: Record<string, Row[]> = { ...tables };
  if (out.findings) {
    out.findingChunks = [...(out.findingChunks ?? []), ...(legacyFindingsToChunks(out.findings) as unknown as Row[])];
    delete out.findings;
  }
  if (schemaVersion >= 2) return out;
  const unitDocument = new Map<unknown, unknown>();
  for (const u of tables.units ?? []) unitDocument.set(u.id, u.documentId);
  if (tables.annotations) {
    const annotations: Row[] = [];
    for (const a of tables.annotations) {
      if (a.documentId !== undefined) {
        annotations.push(a);
        continue;
      }
      let documentId = unitDocument.get(a.unitId);
      if (documentId === undefined && typeof a.unitId === 'number') {
        documentId = ((await storedUnits.get(a.unitId)) as Row | undefined)?.documentId;
      }
      annotations.push(documentId === undefined ? a : { ...a, documentId });
    }
    out.annotations = annotations;
  }
  if (tables.decisions) out.decisions = tables.decisions.map((d) => (d.action === undefined ? { ...d, action: 'dismissed' } : d));
  return out;
}
