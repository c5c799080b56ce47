import { deleteProject, type DuizhaoDB } from '../../db';
import type { ImportDone, ImportMessage, ImportRequest } from '../../worker/importProtocol';
import { inProcess } from '../common/inProcessWork';

export interface ImportOffThreadOptions {
  signal?: AbortSignal;
  onProgress?: (m: Extract<ImportMessage, { type: 'progress' }>) => void;
}

/** The final message of an import (everything but progress). */
export type ImportOutcome = Exclude<ImportMessage, { type: 'progress' }>;

let seq = 0;

function newToken(): string {
  return `${Date.now().toString(36)}-${(++seq).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Deletes whatever a cancelled or killed import staged under `token`. */
async function dropStaged(db: DuizhaoDB, token: string): Promise<void> {
  const ids = await db.projects.filter((p) => p.importToken === token && !!p.incomplete).primaryKeys();
  for (const id of ids) await deleteProject(db, id as number);
}

/**
 * Imports `file` as a new project: parsed and written to IndexedDB in chunks by a module
 * Web Worker (in-process when `Worker` is undefined, e.g. jsdom). The main thread only
 * relays progress. On abort the worker is stopped at once and the staged project deleted,
 * so nothing of a cancelled import stays behind. Resolves with the final message.
 */
export async function importOffThread(db: DuizhaoDB, file: File, projectName: string, opts: ImportOffThreadOptions = {}): Promise<ImportOutcome> {
  const token = newToken();
  const req: ImportRequest = { type: 'import', file, fileName: file.name, projectName, dbName: db.name, token };
  if (opts.signal?.aborted) return { type: 'cancelled' };
  if (typeof Worker === 'undefined') {
    return inProcess(async (): Promise<ImportOutcome> => {
      const { runImport } = await import('../../worker/runImport');
      let outcome: ImportOutcome = { type: 'cancelled' };
      await runImport(req, db, (m) => (m.type === 'progress' ? opts.onProgress?.(m) : (outcome = m)), opts.signal ?? new AbortController().signal);
      return outcome;
    });
  }
  const worker = new Worker(new URL('../../worker/importWorker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ImportOutcome>((resolve) => {
      const onAbort = () => {
        // Stop at once (a parse in progress cannot be interrupted), then remove what was staged.
        worker.terminate();
        void dropStaged(db, token).then(
          () => resolve({ type: 'cancelled' }),
          (err: unknown) => resolve({ type: 'failed', name: (err as Error)?.name ?? 'Error', message: String((err as Error)?.message ?? err) }),
        );
      };
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      worker.onmessage = (e: MessageEvent<ImportMessage>) => {
        if (e.data.type === 'progress') {
          opts.onProgress?.(e.data);
          return;
        }
        opts.signal?.removeEventListener('abort', onAbort);
        resolve(e.data);
      };
      worker.onerror = (e: ErrorEvent) => {
        opts.signal?.removeEventListener('abort', onAbort);
        e.preventDefault();
        void dropStaged(db, token).finally(() =>
          resolve({ type: 'failed', name: 'WorkerError', message: `the import worker stopped (${e.message || 'unknown error'})` }),
        );
      };
      worker.postMessage(req);
    });
  } finally {
    worker.terminate();
  }
}

export type { ImportDone };
