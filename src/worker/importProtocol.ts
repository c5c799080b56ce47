import type { ParsedFile } from '../core/model';

/** Main thread → import worker (legacy parse-only request). `bytes` is transferred, not copied. */
export interface ParseRequest {
  id: number;
  bytes: Uint8Array;
  fileName: string;
}

/** A problem with the file (ImportError fields) or an unexpected failure. */
export interface ParseFailure {
  fileName: string;
  line?: number;
  column?: number;
  problem: string;
}

export type ParseResponse =
  | { id: number; ok: true; parsed: ParsedFile }
  | { id: number; ok: false; error: ParseFailure };

/**
 * Main thread → import worker: parse `file` and write it into the IndexedDB database
 * `dbName` as a new project, staged (flagged incomplete until the last chunk is written).
 */
export interface ImportRequest {
  type: 'import';
  file: Blob;
  fileName: string;
  projectName: string;
  dbName: string;
  /** Marks the staged project so a cancel (or a crash) can find and delete it. */
  token: string;
}

/** Main thread → import worker: stop; the staged project is deleted. */
export interface CancelRequest {
  type: 'cancel';
}

export type ImportPhaseName = 'reading' | 'parsing' | 'writing';

export interface ImportDone {
  projectId: number;
  documents: number;
  units: number;
  warnings: string[];
}

/** Import worker → main thread. */
export type ImportMessage =
  | { type: 'progress'; phase: ImportPhaseName; done: number; total: number }
  | { type: 'done'; result: ImportDone }
  | { type: 'cancelled' }
  /** The file is bad: file/line/problem. Nothing was stored. */
  | { type: 'invalid'; error: ParseFailure }
  /** Storage failed (quota, closed database…): error name and message. Nothing was stored. */
  | { type: 'failed'; name: string; message: string };
