import type { ExportFile, ExportFormat } from '../../core/formats';
import type { ExportRequest, ExportResponse } from '../../worker/exportProtocol';

let nextId = 1;

/** Writes an export file in a module Web Worker (in-process when `Worker` is undefined, e.g. jsdom). */
export async function exportOffThread(format: ExportFormat, file: ExportFile): Promise<string> {
  const req: ExportRequest = { id: nextId++, format, file };
  let res: ExportResponse;
  if (typeof Worker === 'undefined') {
    const { runExport } = await import('../../worker/runExport');
    res = runExport(req);
  } else {
    const worker = new Worker(new URL('../../worker/exportWorker.ts', import.meta.url), { type: 'module' });
    try {
      res = await new Promise<ExportResponse>((resolve) => {
        worker.onmessage = (e: MessageEvent<ExportResponse>) => resolve(e.data);
        worker.onerror = (e: ErrorEvent) => resolve({ id: req.id, ok: false, error: e.message || 'the export worker stopped' });
        worker.postMessage(req);
      });
    } finally {
      worker.terminate();
    }
  }
  if (!res.ok) throw new Error(`The export failed (${res.error}). Nothing was downloaded; try another format or reload the page.`);
  return res.text;
}
