import type { ExportFile, ExportFormat } from '../core/formats';

/** Main thread → export worker: write `file` in `format` (a file built by the caller). */
export interface ExportRequest {
  id: number;
  format: ExportFormat;
  file: ExportFile;
}

/**
 * Main thread → export worker: read the project (or one document) from IndexedDB in the
 * worker and write it in `format`; the main thread never holds the units.
 */
export interface ExportFromDbRequest {
  id: number;
  format: ExportFormat;
  dbName: string;
  projectId: number;
  documentId: number | null;
}

export type ExportResponse = { id: number; ok: true; text: string } | { id: number; ok: false; error: string };

/** The file as UTF-8 bytes (transferred, not copied). */
export type ExportBytesResponse = { id: number; ok: true; bytes: Uint8Array<ArrayBuffer> } | { id: number; ok: false; error: string };
