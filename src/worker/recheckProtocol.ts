/** Main thread → recheck worker: check every unit of `projectId` in database `dbName`. */
export interface RecheckRequest {
  type: 'recheck';
  dbName: string;
  projectId: number;
}

/** Recheck worker → main thread. Findings land in the `findings` table as they are found. */
export type RecheckMessage =
  | { type: 'progress'; done: number; total: number; findings: number }
  | { type: 'done'; units: number; findings: number; ms: number }
  | { type: 'failed'; message: string };
