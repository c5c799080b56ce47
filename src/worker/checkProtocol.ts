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
   * entry termbase is not copied with every keystroke's check). With `project`: the project's
   * termbase stamp (read by the main thread without loading an entry).
   */
  termbaseKey?: string;
  /**
   * Check with the termbases stored for this project in IndexedDB `dbName`: the worker reads
   * and compiles them itself (no entry crosses from the main thread), again only when
   * `termbaseKey` changes. Not with `termbases`.
   */
  project?: { dbName: string; projectId: number };
}

/** The error of a request that named a termbase key the worker does not hold, without the termbases. */
export const NEEDS_TERMBASES = 'needs-termbases';

export type CheckResponse =
  | { id: number; ok: true; findings: Finding[]; ms: number }
  | { id: number; ok: false; error: string };
