import type { CheckUnit } from '../core/checks/Check';
import type { Termbase } from '../core/glossary';
import type { Finding } from '../core/model';

/** Main thread → check worker: check these units as one document. */
export interface CheckRequest {
  id: number;
  units: CheckUnit[];
  /** The project's own and imported termbases (the built-in one is always used). */
  termbases?: Termbase[];
  /**
   * Identity of `termbases`: the worker recompiles only when it changes ('' = none). The
   * termbases themselves are sent only when the worker does not hold this key yet (a 10,000-
   * entry termbase is not copied with every keystroke's check).
   */
  termbaseKey?: string;
}

/** The error of a request that named a termbase key the worker does not hold, without the termbases. */
export const NEEDS_TERMBASES = 'needs-termbases';

export type CheckResponse =
  | { id: number; ok: true; findings: Finding[]; ms: number }
  | { id: number; ok: false; error: string };
