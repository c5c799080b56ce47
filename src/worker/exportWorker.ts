/// <reference lib="webworker" />
// Module worker: writes export files off the main thread — from a file it is given, or read
// from IndexedDB here. Thin: message in, db + core calls, result out.
import { buildExportFile, DuizhaoDB } from '../db';
import type { ExportFromDbRequest, ExportRequest } from './exportProtocol';
import { runExport } from './runExport';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const dbs = new Map<string, DuizhaoDB>();

scope.onmessage = async (e: MessageEvent<ExportRequest | ExportFromDbRequest>) => {
  const req = e.data;
  if ('file' in req) {
    scope.postMessage(runExport(req));
    return;
  }
  try {
    let db = dbs.get(req.dbName);
    if (!db) dbs.set(req.dbName, (db = new DuizhaoDB(req.dbName)));
    const file = await buildExportFile(db, req.projectId, req.documentId);
    const res = runExport({ id: req.id, format: req.format, file });
    if (!res.ok) {
      scope.postMessage(res);
      return;
    }
    const bytes = new TextEncoder().encode(res.text);
    scope.postMessage({ id: req.id, ok: true, bytes }, [bytes.buffer]);
  } catch (err) {
    scope.postMessage({ id: req.id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
