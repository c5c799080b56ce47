/// <reference lib="webworker" />
// Module worker: writes the re-check's findings to IndexedDB, batch by batch, so the
// per-record cost of IndexedDB is paid here and not by the worker running the checks.
// Thin: a port in, one transaction per batch, an acknowledgement per batch out.
import { DuizhaoDB } from '../db';
import { putFindingChunks } from './putFindingChunks';
import type { WriteAck, WriteBatch, WriterStart } from './findingsWriterProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<WriterStart>) => {
  const port = e.ports[0];
  if (e.data.type !== 'writer' || !port) return;
  const db = new DuizhaoDB(e.data.dbName);
  // Batches are written in arrival order: each transaction is created before the next message is read.
  port.onmessage = (m: MessageEvent<WriteBatch>) => {
    const { seq, chunks } = m.data;
    putFindingChunks(db, chunks).then(
      () => port.postMessage({ seq, ok: true } satisfies WriteAck),
      (err: unknown) => port.postMessage({ seq, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies WriteAck),
    );
  };
};
