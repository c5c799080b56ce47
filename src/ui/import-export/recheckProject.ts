import type { DuizhaoDB, FindingsCheckState } from '../../db';
import type { WriterStart } from '../../worker/findingsWriterProtocol';
import type { RecheckMessage, RecheckRequest } from '../../worker/recheckProtocol';
import { markPhase } from './markPhase';
import { recheckInWorkers, recheckWorkerCount } from './recheckInWorkers';
import { runningRechecks } from './runningRechecks';
import { inProcess } from '../common/inProcessWork';

export type RecheckOutcome = Exclude<RecheckMessage, { type: 'progress' }> | { type: 'cancelled' };

/**
 * Full re-check of a project in module Web Workers (one per core, at most 4, sharing its
 * batches) that read the units from IndexedDB themselves and write the findings back batch
 * by batch as finding chunks (the main thread never holds the 100,000 units or their
 * findings). In-process when `Worker` is undefined (jsdom). Abort stops the workers
 * (batches already written stay). While it runs,
 * `runningRechecks` lists it (the Dashboard does not start a check of its own meanwhile).
 * The project's `findingsCheck` says whether the findings cache is complete: false from the
 * start, true only once every unit was checked (a cancelled re-check leaves it incomplete).
 */
export async function recheckProject(
  db: DuizhaoDB,
  projectId: number,
  opts: { signal?: AbortSignal; onProgress?: (m: Extract<RecheckMessage, { type: 'progress' }>) => void } = {},
): Promise<RecheckOutcome> {
  const req: RecheckRequest = { type: 'recheck', dbName: db.name, projectId };
  if (opts.signal?.aborted) return { type: 'cancelled' };
  markPhase('recheck:start');
  const end = runningRechecks.start(db.name, projectId);
  let checked = 0;
  const onProgress = (m: Extract<RecheckMessage, { type: 'progress' }>) => {
    checked = m.done;
    opts.onProgress?.(m);
  };
  try {
    // Marked incomplete before the old findings go: only a check that ends with every unit
    // checked marks the cache complete again.
    const startedAt = Date.now();
    await markFindingsCheck(db, projectId, { complete: false, outcome: 'running', at: startedAt, startedAt });
    const outcome = await runOffThread(req, db, { signal: opts.signal, onProgress });
    markPhase(`recheck:${outcome.type}`, outcome.type === 'done' ? outcome.phases : undefined);
    await markFindingsCheck(
      db,
      projectId,
      outcome.type === 'done'
        ? { complete: true, outcome: 'done', units: outcome.units, at: Date.now(), startedAt }
        : { complete: false, outcome: outcome.type, units: checked, at: Date.now(), startedAt },
    );
    return outcome;
  } finally {
    end();
  }
}

/** Records how far the project's full check got (ProjectRecord.findingsCheck); a failed write only loses the mark. */
async function markFindingsCheck(db: DuizhaoDB, projectId: number, state: FindingsCheckState): Promise<void> {
  try {
    await db.projects.update(projectId, { findingsCheck: state });
  } catch {
    // The re-check itself reports a storage problem; the Dashboard then reads the old mark.
  }
}

async function runOffThread(
  req: RecheckRequest,
  db: DuizhaoDB,
  opts: { signal?: AbortSignal; onProgress?: (m: Extract<RecheckMessage, { type: 'progress' }>) => void },
): Promise<RecheckOutcome> {
  // The checking worker writes its finding chunks itself (~1 record per 100 findings: cloning
  // them for a second worker would only add work). `duizhaoRecheckWriter = true` on the page:
  // a findings writer worker writes them (benchmark A/B, tests/bench/browser/abRecheck.ts).
  const separateWriter = (globalThis as { duizhaoRecheckWriter?: boolean }).duizhaoRecheckWriter === true;
  if (typeof Worker === 'undefined') {
    return inProcess(async (): Promise<RecheckOutcome> => {
      const { runRecheck } = await import('../../worker/runRecheck');
      let outcome: RecheckOutcome = { type: 'cancelled' };
      await runRecheck(req, db, (m) => (m.type === 'progress' ? opts.onProgress?.(m) : (outcome = m)), opts.signal);
      return opts.signal?.aborted ? { type: 'cancelled' } : outcome;
    });
  }
  if (!separateWriter) {
    const units = (await db.projects.get(req.projectId))?.unitCount ?? 0;
    // `duizhaoRecheckWorkers = n` on the page: at most n workers (benchmark A/B).
    const cap = (globalThis as { duizhaoRecheckWorkers?: number }).duizhaoRecheckWorkers;
    const cores = Math.min(navigator.hardwareConcurrency ?? 1, cap ?? Infinity);
    return recheckInWorkers(req, db, recheckWorkerCount(units, cores), opts);
  }
  // With a writer: two workers, one checks, the other writes the findings; they talk over
  // their own channel.
  const worker = new Worker(new URL('../../worker/recheckWorker.ts', import.meta.url), { type: 'module' });
  const writer = separateWriter ? new Worker(new URL('../../worker/findingsWriterWorker.ts', import.meta.url), { type: 'module' }) : null;
  try {
    return await new Promise<RecheckOutcome>((resolve) => {
      const onAbort = () => resolve({ type: 'cancelled' });
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      worker.onmessage = (e: MessageEvent<RecheckMessage>) => {
        if (e.data.type === 'progress') opts.onProgress?.(e.data);
        else resolve(e.data);
      };
      const onError = (e: ErrorEvent) => {
        e.preventDefault();
        resolve({ type: 'failed', message: e.message || 'the check worker stopped' });
      };
      worker.onerror = onError;
      if (!writer) return worker.postMessage(req);
      writer.onerror = onError;
      const channel = new MessageChannel();
      const start: WriterStart = { type: 'writer', dbName: db.name };
      writer.postMessage(start, [channel.port2]);
      worker.postMessage({ ...req, writer: channel.port1 } satisfies RecheckRequest, [channel.port1]);
    });
  } finally {
    worker.terminate();
    writer?.terminate();
  }
}
