/// <reference lib="webworker" />
// Module worker: parses an imported file and writes it to IndexedDB in chunks (staged), off
// the main thread. Thin: messages in, core + db calls, progress and one result out.
import { DuizhaoDB } from '../db';
import type { CancelRequest, ImportRequest, ParseRequest } from './importProtocol';
import { parseRequest } from './parseRequest';
import { runImport } from './runImport';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const dbs = new Map<string, DuizhaoDB>();
let running: AbortController | null = null;

scope.onmessage = (e: MessageEvent<ImportRequest | CancelRequest | ParseRequest>) => {
  const msg = e.data;
  if ('type' in msg && msg.type === 'cancel') {
    running?.abort();
    return;
  }
  if ('type' in msg && msg.type === 'import') {
    let db = dbs.get(msg.dbName);
    if (!db) dbs.set(msg.dbName, (db = new DuizhaoDB(msg.dbName)));
    const ctl = new AbortController();
    running = ctl;
    void runImport(msg, db, (m) => scope.postMessage(m), ctl.signal).finally(() => {
      if (running === ctl) running = null;
    });
    return;
  }
  scope.postMessage(parseRequest(msg as ParseRequest));
};
