import type { ExportFile, ExportFormat } from '../core/formats';

/** Main thread → export worker: write `file` in `format`. */
export interface ExportRequest {
  id: number;
  format: ExportFormat;
  file: ExportFile;
}

export type ExportResponse = { id: number; ok: true; text: string } | { id: number; ok: false; error: string };
