import type { DuizhaoDB } from '../../db';
import type { GlossaryMessage, GlossaryRequest, GlossaryRequestType, GlossaryResults } from '../../worker/glossaryProtocol';
import { inProcess } from '../common/inProcessWork';

type RequestOf<T extends GlossaryRequestType> = Omit<Extract<GlossaryRequest, { type: T }>, 'id' | 'dbName' | 'type'>;
export type GlossaryProgress = (m: { phase: string; done: number; total: number }) => void;

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  progress?: GlossaryProgress;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

/** An Error carrying the worker's error name (describeStorageError reads it). */
function failure(name: string, message: string): Error {
  const err = new Error(message);
  err.name = name;
  return err;
}

function settle(m: GlossaryMessage): void {
  const p = pending.get(m.id);
  if (!p) return;
  if (m.type === 'progress') {
    p.progress?.(m);
    return;
  }
  pending.delete(m.id);
  if (m.type === 'done') p.resolve(m.value);
  else p.reject(failure(m.name, m.message));
}

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('../../worker/glossaryWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<GlossaryMessage>) => settle(e.data);
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      for (const p of pending.values()) p.reject(failure('WorkerError', `the glossary worker stopped (${e.message || 'unknown error'})`));
      pending.clear();
      worker?.terminate();
      worker = null;
    };
  }
  return worker;
}

/**
 * Asks the glossary worker (one long-lived module worker: the project's termbase is compiled
 * there once per change) and resolves with its answer; `onProgress` follows long requests.
 * In-process, after a macrotask, when `Worker` is undefined (jsdom). Rejects with an Error
 * whose name is the worker's (e.g. QuotaExceededError) and whose message says what failed.
 */
export async function glossaryOffThread<T extends GlossaryRequestType>(db: DuizhaoDB, type: T, req: RequestOf<T>, onProgress?: GlossaryProgress): Promise<GlossaryResults[T]> {
  const id = nextId++;
  const full = { ...req, type, id, dbName: db.name } as GlossaryRequest;
  return new Promise<GlossaryResults[T]>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject, progress: onProgress });
    if (typeof Worker === 'undefined') {
      void inProcess(async () => {
        const { handleGlossaryRequest } = await import('../../worker/glossaryHandle');
        await new Promise((r) => setTimeout(r, 0));
        await handleGlossaryRequest(full, db, settle);
      }).catch((e: unknown) => {
        // the handler answers its own errors; this is a failure to load it at all
        pending.delete(id);
        reject(e instanceof Error ? e : new Error(String(e)));
      });
      return;
    }
    const transfer = full.type === 'parseTermbase' ? [full.bytes.buffer as ArrayBuffer] : [];
    getWorker().postMessage(full, transfer);
  });
}
