/// <reference lib="webworker" />
// Module worker: re-checks a whole project where its data lives (IndexedDB), off the main
// thread. Thin: one request in, core + db calls, progress and one result out.
import { DuizhaoDB } from '../db';
import type { RecheckRequest } from './recheckProtocol';
import { portFindingsSink } from './portFindingsSink';
import { runRecheck } from './runRecheck';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const dbs = new Map<string, DuizhaoDB>();

scope.onmessage = (e: MessageEvent<RecheckRequest>) => {
  let db = dbs.get(e.data.dbName);
  if (!db) dbs.set(e.data.dbName, (db = new DuizhaoDB(e.data.dbName)));
  const { writer, ...req } = e.data;
  void runRecheck(req, db, (m) => scope.postMessage(m), undefined, writer ? portFindingsSink(writer) : undefined);
};
