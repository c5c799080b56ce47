import { useEffect, useRef, useState } from 'react';
import type { GlossaryProgress } from './glossaryOffThread';
import { useAlive } from '../common/useAlive';

export interface GlossaryQuery<T> {
  /** The newest answer (possibly for an older key while `busy`). */
  value: T | undefined;
  /** The key `value` answers. */
  valueKey: string | null;
  busy: boolean;
  progress: { phase: string; done: number; total: number } | null;
  error: string | null;
}

/**
 * Runs `run` (a glossary worker request) whenever `key` changes, one at a time: a change
 * while a request is running starts one more request when it ends (changes in between are
 * coalesced), so a stream of database changes never queues a pile of requests. The last
 * answer stays shown while the next one is computed. `key` null: nothing to ask yet.
 */
export function useGlossaryQuery<T>(key: string | null, run: (onProgress: GlossaryProgress) => Promise<T>): GlossaryQuery<T> {
  const [state, setState] = useState<GlossaryQuery<T>>({ value: undefined, valueKey: null, busy: false, progress: null, error: null });
  const wanted = useRef<string | null>(null);
  const running = useRef(false);
  const runRef = useRef(run);
  runRef.current = run;
  const alive = useAlive();

  useEffect(() => {
    wanted.current = key;
    if (key === null || running.current) return;
    const start = (k: string) => {
      running.current = true;
      setState((s) => ({ ...s, busy: true, progress: null, error: null }));
      runRef
        .current((p) => {
          if (alive.current && wanted.current === k) setState((s) => ({ ...s, progress: { phase: p.phase, done: p.done, total: p.total } }));
        })
        .then(
          (value) => {
            if (alive.current) setState({ value, valueKey: k, busy: false, progress: null, error: null });
          },
          (err: unknown) => {
            if (alive.current) setState((s) => ({ ...s, busy: false, progress: null, error: err instanceof Error ? err.message : String(err) }));
          },
        )
        .finally(() => {
          running.current = false;
          const next = wanted.current;
          if (alive.current && next !== null && next !== k) start(next);
        });
    };
    start(key);
  }, [key]);
  return state;
}
