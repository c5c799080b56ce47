import { useEffect, useState } from 'react';
import type { SourceTerm } from '../../core/glossary';
import { loadGlossaryRuntime, useCompiledGlossary, useProjectTermbases } from '../glossary';

/** One entry per concept recognised in `source`, in text order (repeats dropped); undefined while loading. */
export function useSourceTerms(source: string | undefined): SourceTerm[] | undefined {
  const termbases = useProjectTermbases();
  const glossary = useCompiledGlossary(termbases);
  const [state, setState] = useState<{ source: string; terms: SourceTerm[] } | null>(null);
  useEffect(() => {
    if (!glossary || source === undefined) return;
    let alive = true;
    void loadGlossaryRuntime().then((rt) => {
      if (!alive) return;
      const seen = new Set<string>();
      const terms = rt.termsInSource(glossary, source).filter((t) => {
        if (seen.has(t.conceptId) || (!t.approved.length && !t.dnt)) return false;
        seen.add(t.conceptId);
        return true;
      });
      setState({ source, terms });
    });
    return () => {
      alive = false;
    };
  }, [glossary, source]);
  return glossary && state && state.source === source ? state.terms : undefined;
}
