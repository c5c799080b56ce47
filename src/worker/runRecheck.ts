import { Dexie } from 'dexie';
import { checkDocument, createCheckContext } from '../core/engine';
import { findingKey } from '../core/model';
import { checkUnitOf, FindingChunker, FINDINGS_PER_CHUNK, toCurrentUnits, type DuizhaoDB, type FindingChunkRecord, type RevisionRecord } from '../db';
import { loadProjectTermbases } from '../db/glossary';
import { deleteProjectFindings } from './deleteProjectFindings';
import { putFindingChunks } from './putFindingChunks';
import type { FindingsSink } from './portFindingsSink';
import { readDocumentUnits } from './readDocumentUnits';
import type { RecheckMessage, RecheckPhases, RecheckRequest } from './recheckProtocol';

/** Units read, checked and written per step (one read and one bulk write each). */
const BATCH_UNITS = 2000;
/** At most one progress message per this many ms (plus the last one). */
const PROGRESS_MS = 200;
/** Batches of findings handed over and not yet committed, at most. */
const WRITES_IN_FLIGHT = 2;
/** Chunk numbers reserved per batch (2,000 units; a batch with 10 findings a unit uses 200). */
const CHUNKS_PER_BATCH = 100_000;

/**
 * Consecutive documents (ids in project order), about BATCH_UNITS units each by the
 * project's average units per document (a batch holding a big document is bigger). Worked
 * out from the document keys alone: the 100,000 document records are never read.
 */
function planBatches(docIds: readonly number[], units: number): { id: number }[][] {
  const perBatch = Math.max(1, Math.floor((BATCH_UNITS * docIds.length) / Math.max(1, units)));
  const out: { id: number }[][] = [];
  for (let i = 0; i < docIds.length; i += perBatch) out.push(docIds.slice(i, i + perBatch).map((id) => ({ id })));
  return out;
}

/**
 * Full re-check of a project where the data lives: compiles the built-in and the project's
 * termbases once, reads the units in batches of about 2,000 (planned from the document
 * keys and the project's unit count; one indexed range read each;
 * current texts = newest revisions), checks them and writes each batch's findings as
 * finding chunks (~100 findings a record) with one transaction (by `sink`, e.g. the findings
 * writer worker, else here), so views reading the findings cache see them stream in. The
 * next batch is read, and earlier ones written, while a batch is being checked. The
 * project's old chunks are deleted first (while the termbases compile); a batch that finds
 * nothing writes one empty chunk (its units are checked). With `req.shard` it checks only
 * every n-th batch (several workers share the project; the caller deleted the old chunks);
 * chunk numbers come from the batch's position in the whole project, so they never collide
 * and two runs write the same keys. Progress at most every 200 ms; `signal` stops between
 * batches.
 */
export async function runRecheck(
  req: RecheckRequest,
  db: DuizhaoDB,
  post: (m: RecheckMessage) => void,
  signal?: AbortSignal,
  sink?: FindingsSink,
): Promise<void> {
  const t0 = performance.now();
  const phases: RecheckPhases = { prepare: 0, compile: 0, read: 0, check: 0, engine: 0, queue: 0, write: 0, total: 0 };
  const write: FindingsSink = sink ?? ((chunks) => putFindingChunks(db, chunks));
  const inFlight: Promise<void>[] = [];
  let nextRead: ReturnType<typeof readDocumentUnits> | null = null;
  try {
    const { projectId } = req;
    // Reads and the deletion of the old findings run in IndexedDB while the termbases compile.
    const tbRead = loadProjectTermbases(db, projectId);
    const docsRead = db.documents.where('[projectId+order]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]).primaryKeys() as Promise<number[]>;
    const projectRead = db.projects.get(projectId);
    const revsRead = db.revisions.where('projectId').equals(projectId).toArray();
    const shard = req.shard ?? { index: 0, of: 1 };
    const deleted = req.shard ? Promise.resolve(0) : deleteProjectFindings(db, projectId);
    for (const p of [tbRead, docsRead, projectRead, revsRead, deleted] as Promise<unknown>[]) p.catch(() => undefined); // each awaited below
    const tb = await tbRead;
    const ctx = createCheckContext(tb.termbases.length ? { termbases: tb.termbases } : {});
    phases.compile = ctx.compileMs;
    const [docIds, project, revisions] = await Promise.all([docsRead, projectRead, revsRead]);
    const total = project?.unitCount ?? 0;
    const batches = planBatches(docIds, total).filter((_, b) => b % shard.of === shard.index);
    // Each batch numbers its chunks from b × CHUNKS_PER_BATCH (b over all shards' batches).
    const batchNo = (i: number) => i * shard.of + shard.index;
    nextRead = batches.length ? readDocumentUnits(db, batches[0]) : null;
    nextRead?.catch(() => undefined);
    const revByUnit = new Map<number, RevisionRecord[]>();
    for (const r of revisions) {
      const list = revByUnit.get(r.unitId);
      if (list) list.push(r);
      else revByUnit.set(r.unitId, [r]);
    }
    await deleted;
    phases.prepare = performance.now() - t0;
    let done = 0;
    let found = 0;
    const hand = (chunks: FindingChunkRecord[]) => {
      const t = performance.now();
      const w = write(chunks);
      w.catch(() => undefined); // awaited (and its error thrown) below or at the end
      inFlight.push(w);
      phases.queue += performance.now() - t;
    };
    let postedAt = performance.now();
    for (let b = 0; b < batches.length; b++) {
      signal?.throwIfAborted();
      let t = performance.now();
      const byDoc = await nextRead!;
      phases.read += performance.now() - t;
      // Read the next batch while this one is checked.
      nextRead = b + 1 < batches.length ? readDocumentUnits(db, batches[b + 1]) : null;
      nextRead?.catch(() => undefined); // awaited at the next batch
      t = performance.now();
      const chunks: FindingChunkRecord[] = [];
      const chunker = new FindingChunker(FINDINGS_PER_CHUNK, batchNo(b) * CHUNKS_PER_BATCH);
      let rows = 0;
      for (const doc of batches[b]) {
        const list = byDoc.get(doc.id) ?? [];
        const revs = revByUnit.size ? list.flatMap((u) => revByUnit.get(u.id) ?? []) : [];
        const units = toCurrentUnits(list, revs).map((c) => checkUnitOf(c.unit, c.source, c.target));
        const e0 = performance.now();
        const found = checkDocument(units, ctx);
        phases.engine += performance.now() - e0;
        for (const f of found) {
          const c = chunker.add(projectId, { ...f, documentId: doc.id, unitId: Number(f.unitId), key: findingKey(f) });
          if (c) chunks.push(c);
        }
        rows += found.length;
        done += list.length;
      }
      phases.check += performance.now() - t;
      t = performance.now();
      while (inFlight.length >= WRITES_IN_FLIGHT) await inFlight.shift();
      phases.write += performance.now() - t;
      // Written while the next batches are checked (handed over now: counted as queue); each
      // batch ends its last chunk (an empty one if it found nothing: the units are checked),
      // so a cancelled run keeps every batch it checked.
      chunks.push(...chunker.flush(projectId));
      if (chunks.length) hand(chunks);
      found += rows;
      // the first batch always reports (the progress bar moves, and Cancel has a point to act
      // at, even when every batch takes less than PROGRESS_MS), later ones at most every PROGRESS_MS
      if (b === 0 || performance.now() - postedAt >= PROGRESS_MS) {
        postedAt = performance.now();
        post({ type: 'progress', done, total, findings: found });
      }
    }
    if (!docIds.length && shard.index === 0) hand(new FindingChunker().flush(projectId));
    const t = performance.now();
    while (inFlight.length) await inFlight.shift();
    phases.write += performance.now() - t;
    post({ type: 'progress', done, total, findings: found });
    phases.total = performance.now() - t0;
    post({ type: 'done', units: done, findings: found, ms: phases.total, phases });
  } catch (err) {
    // What was written stays (a cancelled re-check keeps the findings found so far).
    post({ type: 'failed', message: err instanceof Error ? `${err.name === 'AbortError' ? 'cancelled' : err.message}` : String(err) });
  }
}
