import type { CheckUnit } from '../../core/checks/Check';
import type { Termbase } from '../../core/glossary';
import type { Finding } from '../../core/model';
import type { DuizhaoDB } from '../../db';
import { NEEDS_TERMBASES, type CheckRequest, type CheckResponse } from '../../worker/checkProtocol';
import { inProcess } from '../common/inProcessWork';

/** A project's stored termbases by reference: the check engine reads them from `db` itself. */
export interface StoredTermbases {
  db: DuizhaoDB;
  projectId: number;
  /** Their stamp ('' = the project has none): the engine reads and compiles them again when it changes. */
  key: string;
}

/** A project's stored termbases by reference, from their stamp (loadTermbaseStamp). */
export function storedTermbases(db: DuizhaoDB, projectId: number, stamp: string): StoredTermbases {
  return { db, projectId, key: stamp === '' ? '' : `${projectId}|${stamp}` };
}

/** The termbases to check with besides the built-in one: sent with the units, or stored. */
export type CheckTermbases = { termbases: Termbase[]; key: string } | StoredTermbases;

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
 * undefined (jsdom). Stored termbases (`{ db, projectId, key }`) are read and compiled by the
 * engine itself, again only when `key` changes: the main thread neither loads nor copies the
 * entries. Rejects with a sentence for the user when the engine fails.
 */
export async function checkOffThread(units: CheckUnit[], termbases?: CheckTermbases): Promise<Finding[]> {
  let res: CheckResponse;
  if (termbases && 'db' in termbases) {
    res = await send({ id: nextId++, units, termbaseKey: termbases.key, project: { dbName: termbases.db.name, projectId: termbases.projectId } }, termbases.db);
  } else {
    const key = termbases?.key ?? '';
    // The termbases cross to the worker once per key; later requests name the key only.
    const sent = (withTermbases: boolean): CheckRequest => ({ id: nextId++, units, ...(key ? { termbaseKey: key } : {}), ...(withTermbases && termbases ? { termbases: termbases.termbases } : {}) });
    res = await send(sent(key !== heldKey));
    if (!res.ok && res.error === NEEDS_TERMBASES && termbases) res = await send(sent(true));
    if (res.ok) heldKey = key;
  }
  if (!res.ok) throw new Error(`The automatic checks failed (${res.error}). Reload the page to try again; your work is not affected.`);
  return res.findings;
}

async function send(req: CheckRequest, db?: DuizhaoDB): Promise<CheckResponse> {
  if (typeof Worker === 'undefined') {
    return inProcess(async () => {
      const { runCheck } = await import('../../worker/runCheck');
      await new Promise((r) => setTimeout(r, 0));
      return runCheck(req, db);
    });
  }
  return new Promise<CheckResponse>((resolve) => {
    pending.set(req.id, resolve);
    getWorker().postMessage(req);
  });
}
