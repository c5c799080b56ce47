import type { ExportFormat } from '../../core/formats';
import { buildExportFile, type DuizhaoDB } from '../../db';
import type { ExportBytesResponse, ExportFromDbRequest } from '../../worker/exportProtocol';
import { inProcess } from '../common/inProcessWork';

let nextId = 1;

/**
 * Exports the project (or one document when `documentId` is set) in `format`: a module Web
 * Worker reads it from IndexedDB and writes the file, which comes back as transferred UTF-8
 * bytes, so a 100,000-unit export never passes through the main thread. In-process when
 * `Worker` is undefined (e.g. jsdom). Resolves with the file's content as a Blob part.
 */
export async function exportOffThread(db: DuizhaoDB, format: ExportFormat, projectId: number, documentId: number | null): Promise<Uint8Array<ArrayBuffer> | string> {
  const req: ExportFromDbRequest = { id: nextId++, format, dbName: db.name, projectId, documentId };
  if (typeof Worker === 'undefined') {
    return inProcess(async () => {
      const { runExport } = await import('../../worker/runExport');
      const res = runExport({ id: req.id, format, file: await buildExportFile(db, projectId, documentId) });
      if (!res.ok) throw failed(res.error);
      return res.text;
    });
  }
  const worker = new Worker(new URL('../../worker/exportWorker.ts', import.meta.url), { type: 'module' });
  try {
    const res = await new Promise<ExportBytesResponse>((resolve) => {
      worker.onmessage = (e: MessageEvent<ExportBytesResponse>) => resolve(e.data);
      worker.onerror = (e: ErrorEvent) => resolve({ id: req.id, ok: false, error: e.message || 'the export worker stopped' });
      worker.postMessage(req);
    });
    if (!res.ok) throw failed(res.error);
    return res.bytes;
  } finally {
    worker.terminate();
  }
}

function failed(error: string): Error {
  return new Error(`The export failed (${error}). Nothing was downloaded; try another format or reload the page.`);
}
