/** Main thread → recheck worker: check every unit of `projectId` in database `dbName`. */
export interface RecheckRequest {
  type: 'recheck';
  dbName: string;
  projectId: number;
  /** Where to send the findings (a findings writer worker); written here when absent. Transferred. */
  writer?: MessagePort;
  /**
   * Check only batches b with b % of === index (several workers share a re-check). The
   * caller has deleted the project's old findings first: a shard never deletes them.
   */
  shard?: { index: number; of: number };
}

/**
 * Where the time of a re-check went (ms; additive, for the benchmark). `read` and `write`
 * count only the waits the checking did not hide (reads and writes overlap the engine).
 */
export interface RecheckPhases {
  /** Termbases read and compiled, documents and revisions read, old findings deleted. */
  prepare: number;
  compile: number;
  read: number;
  check: number;
  /** The part of `check` spent in the engine itself (checkDocument). */
  engine: number;
  /** Handing the findings to IndexedDB (cloning the records), on the worker thread. */
  queue: number;
  /** Waiting for the previous batch's findings to be committed. */
  write: number;
  total: number;
}

/** Recheck worker → main thread. Findings land in the `findings` table as they are found. */
export type RecheckMessage =
  | { type: 'progress'; done: number; total: number; findings: number }
  | { type: 'done'; units: number; findings: number; ms: number; phases?: RecheckPhases }
  | { type: 'failed'; message: string };
