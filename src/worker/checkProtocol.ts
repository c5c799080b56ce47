import type { CheckUnit } from '../core/checks/Check';
import type { Finding } from '../core/model';

/** Main thread → check worker: check these units as one document. */
export interface CheckRequest {
  id: number;
  units: CheckUnit[];
}

export type CheckResponse =
  | { id: number; ok: true; findings: Finding[]; ms: number }
  | { id: number; ok: false; error: string };
