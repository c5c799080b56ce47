import type { CheckUnit } from '../../core/checks/Check';
import type { Termbase } from '../../core/glossary';
import type { Finding } from '../../core/model';
import { NEEDS_TERMBASES, type CheckRequest, type CheckResponse } from '../../worker/checkProtocol';

let worker: Worker | null = null;
let nextId = 1;
/** The termbase key the current worker (or the in-process engine) was last sent. */
let heldKey = '';
const pending = new Map<number, (res: CheckResponse) => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('../../worker/checkWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<CheckResponse>) => {
      const done = pending.get(e.data.id);
      pending.delete(e.data.id);
      done?.(e.data);
    };
    worker.onerror = (e: ErrorEvent) => {
      for (const [id, done] of pending) done({ id, ok: false, error: e.message || 'the check worker stopped' });
      pending.clear();
      worker?.terminate();
      worker = null;
      heldKey = '';
    };
  }
  return worker;
}

/**
 * Runs the check engine on one document's units in a module Web Worker (one long-lived
 * worker: the termbase is compiled once). In-process, after a macrotask, when `Worker` is
 * undefined (jsdom). Rejects with a sentence for the user when the engine fails.
 */
export async function checkOffThread(units: CheckUnit[], termbases?: { termbases: Termbase[]; key: string }): Promise<Finding[]> {
  const key = termbases?.key ?? '';
  // The termbases cross to the worker once per key; later requests name the key only.
  let res = await send(units, termbases && key !== heldKey ? termbases : undefined, key);
  if (!res.ok && res.error === NEEDS_TERMBASES && termbases) res = await send(units, termbases, key);
  if (!res.ok) throw new Error(`The automatic checks failed (${res.error}). Reload the page to try again; your work is not affected.`);
  heldKey = key;
  return res.findings;
}

async function send(units: CheckUnit[], termbases: { termbases: Termbase[] } | undefined, key: string): Promise<CheckResponse> {
  const id = nextId++;
  const req: CheckRequest = { id, units, ...(key ? { termbaseKey: key } : {}), ...(termbases ? { termbases: termbases.termbases } : {}) };
  if (typeof Worker === 'undefined') {
    const { runCheck } = await import('../../worker/runCheck');
    await new Promise((r) => setTimeout(r, 0));
    return runCheck(req);
  }
  return new Promise<CheckResponse>((resolve) => {
    pending.set(id, resolve);
    getWorker().postMessage(req);
  });
}
