import type { SourceTerm } from '../../core/glossary';
import { glossaryOffThread, useGlossaryQuery, useTermbaseStamp } from '../glossary';
import { useDb } from '../shell/DbContext';

/**
 * One entry per concept recognised in `source`, in text order (repeats dropped); undefined
 * while the glossary worker compiles the termbase or matches. Matching and compiling run in
 * the worker: the review stays responsive with a 10,000-entry termbase.
 */
export function useSourceTerms(source: string | undefined): SourceTerm[] | undefined {
  const db = useDb();
  const tb = useTermbaseStamp();
  const key = tb && source !== undefined ? `${tb.projectId}|${tb.stamp}|${source}` : null;
  const q = useGlossaryQuery(key, () => glossaryOffThread(db, 'terms', { projectId: tb!.projectId, source: source! }));
  return key !== null && q.valueKey === key ? q.value : undefined;
}
