import { useMemo } from 'react';
import { termsInSource, type SourceTerm } from '../../core/glossary';
import { useCompiledGlossary, useProjectTermbases } from '../glossary';

/** One entry per concept recognised in `source`, in text order (repeats dropped). */
export function useSourceTerms(source: string | undefined): SourceTerm[] | undefined {
  const termbases = useProjectTermbases();
  const glossary = useCompiledGlossary(termbases);
  return useMemo(() => {
    if (!glossary || source === undefined) return undefined;
    const seen = new Set<string>();
    return termsInSource(glossary, source).filter((t) => {
      if (seen.has(t.conceptId) || (!t.approved.length && !t.dnt)) return false;
      seen.add(t.conceptId);
      return true;
    });
  }, [glossary, source]);
}
