/// <reference lib="webworker" />
// Module worker: the project's compiled termbase and everything that matches with it or
// reads the whole project (candidates, Terms panel, Dashboard aggregates, termbase import),
// off the main thread. Thin: one request in, core + db calls, progress and one result out.
import { DuizhaoDB } from '../db';
import { handleGlossaryRequest } from './glossaryHandle';
import type { GlossaryRequest } from './glossaryProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const dbs = new Map<string, DuizhaoDB>();

scope.onmessage = (e: MessageEvent<GlossaryRequest>) => {
  let db = dbs.get(e.data.dbName);
  if (!db) dbs.set(e.data.dbName, (db = new DuizhaoDB(e.data.dbName)));
  void handleGlossaryRequest(e.data, db, (m) => scope.postMessage(m));
};
