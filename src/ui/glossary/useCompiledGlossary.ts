import { useEffect, useState } from 'react';
import type { CompiledGlossary } from '../../core/glossary';
import type { ProjectTermbases } from '../../db/glossary';
import { loadGlossaryRuntime } from './loadGlossaryRuntime';

/**
 * The compiled glossary (built-in + the project's termbases) for the open project;
 * undefined while the compiler loads and compiles (a fifth of a second for the built-in
 * termbase, after the first paint).
 */
export function useCompiledGlossary(tb: ProjectTermbases | undefined): CompiledGlossary | undefined {
  const [state, setState] = useState<{ key: string; glossary: CompiledGlossary } | null>(null);
  useEffect(() => {
    if (!tb) return;
    let alive = true;
    void loadGlossaryRuntime().then((rt) => {
      const ready = rt.cachedFor(tb);
      if (ready) {
        if (alive) setState({ key: tb.key, glossary: ready });
        return;
      }
      setTimeout(() => {
        if (alive) setState({ key: tb.key, glossary: rt.compiledFor(tb) });
      }, 0);
    });
    return () => {
      alive = false;
    };
  }, [tb]);
  return tb && state?.key === tb.key ? state.glossary : undefined;
}
