import type { DuizhaoDB } from '../../db';
import { deleteProjectFindings } from '../../worker/deleteProjectFindings';
import type { RecheckMessage, RecheckRequest } from '../../worker/recheckProtocol';

type Progress = Extract<RecheckMessage, { type: 'progress' }>;
type Outcome = Exclude<RecheckMessage, { type: 'progress' }> | { type: 'cancelled' };

/** Units per batch of the re-check (runRecheck's batches): a smaller project needs fewer workers. */
const UNITS_PER_BATCH = 2000;
/** At most this many checking workers (each compiles the termbases and holds a batch). */
const MAX_WORKERS = 4;

/** How many workers share the re-check of `units` units: one per core, at most 4, at most one per batch. */
export function recheckWorkerCount(units: number, cores: number): number {
  return Math.max(1, Math.min(MAX_WORKERS, Math.floor(cores) || 1, Math.ceil(units / UNITS_PER_BATCH)));
}

/**
 * Full re-check in `n` module workers that share the project's batches (worker i checks
 * batches i, i+n, i+2n…; each reads its units from IndexedDB and writes its finding chunks
 * itself). With more than one, the project's old chunks are deleted here first. Progress
 * adds up the workers'; the outcome sums units and findings, and keeps the phases of the
 * worker that took longest. The first failure stops them all; abort terminates them.
 */
export async function recheckInWorkers(
  req: RecheckRequest,
  db: DuizhaoDB,
  n: number,
  opts: { signal?: AbortSignal; onProgress?: (m: Progress) => void },
): Promise<Outcome> {
  if (n > 1) await deleteProjectFindings(db, req.projectId);
  if (opts.signal?.aborted) return { type: 'cancelled' };
  const workers = Array.from({ length: n }, () => new Worker(new URL('../../worker/recheckWorker.ts', import.meta.url), { type: 'module' }));
  const progress = workers.map(() => ({ done: 0, total: 0, findings: 0 }));
  const finished: Extract<Outcome, { type: 'done' }>[] = [];
  try {
    return await new Promise<Outcome>((resolve) => {
      opts.signal?.addEventListener('abort', () => resolve({ type: 'cancelled' }), { once: true });
      workers.forEach((worker, i) => {
        worker.onmessage = (e: MessageEvent<RecheckMessage>) => {
          const m = e.data;
          if (m.type === 'progress') {
            progress[i] = m;
            let done = 0;
            let findings = 0;
            let total = 0;
            for (const p of progress) {
              done += p.done;
              findings += p.findings;
              total = Math.max(total, p.total);
            }
            opts.onProgress?.({ type: 'progress', done, total, findings });
          } else if (m.type === 'failed') {
            resolve(m);
          } else {
            finished.push(m);
            if (finished.length < n) return;
            const slowest = finished.reduce((a, b) => (b.ms > a.ms ? b : a));
            resolve({ type: 'done', units: finished.reduce((s, d) => s + d.units, 0), findings: finished.reduce((s, d) => s + d.findings, 0), ms: slowest.ms, phases: slowest.phases });
          }
        };
        worker.onerror = (e: ErrorEvent) => {
          e.preventDefault();
          resolve({ type: 'failed', message: e.message || 'the check worker stopped' });
        };
        worker.postMessage(n > 1 ? ({ ...req, shard: { index: i, of: n } } satisfies RecheckRequest) : req);
      });
    });
  } finally {
    for (const w of workers) w.terminate();
  }
}
