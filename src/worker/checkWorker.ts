/// <reference lib="webworker" />
// Module worker: runs the check engine off the main thread. Thin: message in, core call, result out.
// It reads a project's stored termbases itself (its own connection per database name).
import { DuizhaoDB } from '../db';
import type { CheckRequest } from './checkProtocol';
import { runCheck } from './runCheck';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const dbs = new Map<string, DuizhaoDB>();

function dbNamed(name: string): DuizhaoDB {
  let db = dbs.get(name);
  if (!db) dbs.set(name, (db = new DuizhaoDB(name)));
  return db;
}

scope.onmessage = (e: MessageEvent<CheckRequest>) => {
  const req = e.data;
  void runCheck(req, req.project ? dbNamed(req.project.dbName) : undefined).then((res) => scope.postMessage(res));
};
