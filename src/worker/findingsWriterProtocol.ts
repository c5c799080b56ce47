import type { FindingChunkRecord } from '../db';

/** Main thread → findings writer: write into database `dbName` what arrives on the transferred port. */
export interface WriterStart {
  type: 'writer';
  dbName: string;
}

/** Re-check worker → findings writer (over the port): one batch of finding chunks, written in one transaction. */
export interface WriteBatch {
  seq: number;
  chunks: FindingChunkRecord[];
}

/** Findings writer → re-check worker: the batch is committed, or why not. */
export type WriteAck = { seq: number; ok: true } | { seq: number; ok: false; message: string };
