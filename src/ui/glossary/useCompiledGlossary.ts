import { useEffect, useState } from 'react';
import { builtinTermbase, compileGlossary, type CompiledGlossary } from '../../core/glossary';
import type { ProjectTermbases } from '../../db/glossary';

let cache: { key: string; glossary: CompiledGlossary } | null = null;

/** Built-in + project termbases compiled once per termbase key (cached across screens). */
export function compiledFor(tb: ProjectTermbases): CompiledGlossary {
  if (cache?.key !== tb.key) cache = { key: tb.key, glossary: compileGlossary([builtinTermbase(), ...tb.termbases]) };
  return cache.glossary;
}

/**
 * The compiled glossary for the open project; undefined while it compiles (a fifth of a
 * second for the built-in termbase, after the first paint).
 */
export function useCompiledGlossary(tb: ProjectTermbases | undefined): CompiledGlossary | undefined {
  const [state, setState] = useState<{ key: string; glossary: CompiledGlossary } | null>(() =>
    tb && cache?.key === tb.key ? cache : null,
  );
  useEffect(() => {
    if (!tb) return;
    if (cache?.key === tb.key) {
      setState(cache);
      return;
    }
    const t = setTimeout(() => setState({ key: tb.key, glossary: compiledFor(tb) }), 0);
    return () => clearTimeout(t);
  }, [tb]);
  return tb && state?.key === tb.key ? state.glossary : undefined;
}
