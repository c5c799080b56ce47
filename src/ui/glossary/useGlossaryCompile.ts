import type { CompileInfo } from '../../worker/glossaryProtocol';
import { useDb } from '../shell/DbContext';
import { glossaryOffThread } from './glossaryOffThread';
import { useGlossaryQuery } from './useGlossaryQuery';
import { useTermbaseStamp } from './useTermbaseStamp';

export interface GlossaryCompileState {
  /** The termbase stamp being (or last) compiled. */
  stamp: string | null;
  /** Compiled and current: what it holds. Null while compiling. */
  ready: CompileInfo | null;
  compiling: boolean;
  error: string | null;
}

/**
 * Compiles the open project's termbase (built-in + stored termbases) in the glossary worker,
 * again after every change: `compiling` is true until the worker answers for the current stamp.
 */
export function useGlossaryCompile(): GlossaryCompileState {
  const db = useDb();
  const tb = useTermbaseStamp();
  const key = tb ? `${tb.projectId}|${tb.stamp}` : null;
  const q = useGlossaryQuery(key, () => glossaryOffThread(db, 'compile', { projectId: tb!.projectId }));
  const current = key !== null && q.valueKey === key;
  return { stamp: key, ready: current ? (q.value ?? null) : null, compiling: !current && !q.error, error: q.error };
}
