import { useEffect, useState } from 'react';
import type { Finding } from '../../core/model';
import type { ProjectTermbases } from '../../db/glossary';
import { checkOffThreadForProject, type ProjectUnits } from '../glossary';

export interface ProjectFindings {
  findings: Finding[] | null;
  done: number;
  total: number;
  error: string | null;
}

/** Findings of the whole project, checked off the main thread document by document (progress). */
export function useProjectFindings(data: ProjectUnits | undefined, termbases: ProjectTermbases | undefined): ProjectFindings {
  const [state, setState] = useState<ProjectFindings>({ findings: null, done: 0, total: 0, error: null });
  useEffect(() => {
    if (!data || !termbases) return;
    const abort = new AbortController();
    setState((s) => ({ ...s, done: 0, total: data.units.length, error: null }));
    checkOffThreadForProject(data.units, termbases, (done, total) => !abort.signal.aborted && setState((s) => ({ ...s, done, total })), abort.signal).then(
      (findings) => {
        if (!abort.signal.aborted) setState({ findings, done: data.units.length, total: data.units.length, error: null });
      },
      (err: unknown) => {
        if (!abort.signal.aborted) setState((s) => ({ ...s, error: err instanceof Error ? err.message : String(err) }));
      },
    );
    return () => abort.abort();
  }, [data, termbases]);
  return state;
}
