import type { DuizhaoDB } from '../../db';
import type { RecheckMessage, RecheckRequest } from '../../worker/recheckProtocol';
import { markPhase } from './markPhase';

export type RecheckOutcome = Exclude<RecheckMessage, { type: 'progress' }> | { type: 'cancelled' };

/**
 * Full re-check of a project in a module Web Worker that reads the units from IndexedDB
 * itself and writes the findings back batch by batch (the main thread never holds the
 * 100,000 units). In-process when `Worker` is undefined (jsdom). Abort stops the worker.
 */
export async function recheckProject(
  db: DuizhaoDB,
  projectId: number,
  opts: { signal?: AbortSignal; onProgress?: (m: Extract<RecheckMessage, { type: 'progress' }>) => void } = {},
): Promise<RecheckOutcome> {
  const req: RecheckRequest = { type: 'recheck', dbName: db.name, projectId };
  if (opts.signal?.aborted) return { type: 'cancelled' };
  markPhase('recheck:start');
  const outcome = await runOffThread(req, db, opts);
  markPhase(`recheck:${outcome.type}`, outcome.type === 'done' ? outcome.phases : undefined);
  return outcome;
}

async function runOffThread(
  req: RecheckRequest,
  db: DuizhaoDB,
  opts: { signal?: AbortSignal; onProgress?: (m: Extract<RecheckMessage, { type: 'progress' }>) => void },
): Promise<RecheckOutcome> {
  if (typeof Worker === 'undefined') {
    const { runRecheck } = await import('../../worker/runRecheck');
    let outcome: RecheckOutcome = { type: 'cancelled' };
    await runRecheck(req, db, (m) => (m.type === 'progress' ? opts.onProgress?.(m) : (outcome = m)), opts.signal);
    return opts.signal?.aborted ? { type: 'cancelled' } : outcome;
  }
  const worker = new Worker(new URL('../../worker/recheckWorker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<RecheckOutcome>((resolve) => {
      const onAbort = () => resolve({ type: 'cancelled' });
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      worker.onmessage = (e: MessageEvent<RecheckMessage>) => {
        if (e.data.type === 'progress') opts.onProgress?.(e.data);
        else resolve(e.data);
      };
      worker.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        resolve({ type: 'failed', message: e.message || 'the check worker stopped' });
      };
      worker.postMessage(req);
    });
  } finally {
    worker.terminate();
  }
}
