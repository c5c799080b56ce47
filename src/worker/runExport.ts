import { exportBilingual } from '../core/formats';
import type { ExportRequest, ExportResponse } from './exportProtocol';

/** Writes one export request (in the worker, or in-process when there is no Worker). */
export function runExport(req: ExportRequest): ExportResponse {
  try {
    return { id: req.id, ok: true, text: exportBilingual(req.format, req.file) };
  } catch (err) {
    return { id: req.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
