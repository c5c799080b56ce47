import { Dexie } from 'dexie';
import { checkDocument, createCheckContext } from '../core/engine';
import { findingKey } from '../core/model';
import { checkUnitOf, toCurrentUnits, type DuizhaoDB, type FindingRecord, type RevisionRecord, type UnitRecord } from '../db';
import { loadProjectTermbases } from '../db/glossary';
import type { RecheckMessage, RecheckRequest } from './recheckProtocol';

/** Units read and checked per step (one read, one write transaction each). */
const BATCH_UNITS = 2000;

/**
 * Full re-check of a project where the data lives: reads documents in batches of about
 * 2,000 units straight from IndexedDB (current texts: newest revisions), runs the engine
 * with the built-in and the project's termbases, and replaces the project's cached
 * findings batch by batch, so views reading the `findings` table see them stream in.
 * Progress after each batch; `signal` stops between batches.
 */
export async function runRecheck(req: RecheckRequest, db: DuizhaoDB, post: (m: RecheckMessage) => void, signal?: AbortSignal): Promise<void> {
  const t0 = performance.now();
  try {
    const { projectId } = req;
    const tb = await loadProjectTermbases(db, projectId);
    const ctx = createCheckContext(tb.termbases.length ? { termbases: tb.termbases } : {});
    const docs = await db.documents.where('[projectId+order]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]).toArray();
    const revisions = await db.revisions.where('projectId').equals(projectId).toArray();
    const revByUnit = new Map<number, RevisionRecord[]>();
    for (const r of revisions) {
      const list = revByUnit.get(r.unitId);
      if (list) list.push(r);
      else revByUnit.set(r.unitId, [r]);
    }
    const total = docs.reduce((n, d) => n + d.unitCount, 0);
    await db.findings.where('projectId').equals(projectId).delete();
    let done = 0;
    let found = 0;
    for (let i = 0; i < docs.length; ) {
      signal?.throwIfAborted();
      const ids: number[] = [];
      let n = 0;
      while (i < docs.length && (n === 0 || n + docs[i].unitCount <= BATCH_UNITS)) {
        ids.push(docs[i].id);
        n += docs[i].unitCount;
        i++;
      }
      const units = await db.units.where('documentId').anyOf(ids).toArray();
      const byDoc = new Map<number, UnitRecord[]>();
      for (const u of units) {
        const list = byDoc.get(u.documentId);
        if (list) list.push(u);
        else byDoc.set(u.documentId, [u]);
      }
      const rows: Omit<FindingRecord, 'id'>[] = [];
      for (const docId of ids) {
        const list = (byDoc.get(docId) ?? []).sort((a, b) => a.order - b.order);
        const revs = list.flatMap((u) => revByUnit.get(u.id) ?? []);
        const current = toCurrentUnits(list, revs);
        for (const f of checkDocument(current.map((c) => checkUnitOf(c.unit, c.source, c.target)), ctx)) {
          rows.push({ ...f, projectId, documentId: docId, unitId: Number(f.unitId), key: findingKey(f) });
        }
      }
      if (rows.length) await db.findings.bulkAdd(rows as FindingRecord[]);
      done += units.length;
      found += rows.length;
      post({ type: 'progress', done, total, findings: found });
    }
    post({ type: 'done', units: done, findings: found, ms: performance.now() - t0 });
  } catch (err) {
    post({ type: 'failed', message: err instanceof Error ? `${err.name === 'AbortError' ? 'cancelled' : err.message}` : String(err) });
  }
}
