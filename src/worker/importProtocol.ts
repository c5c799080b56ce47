import type { ParsedFile } from '../core/model';

/** Main thread → import worker. `bytes` is transferred, not copied. */
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
