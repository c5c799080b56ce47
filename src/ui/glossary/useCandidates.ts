import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { projectGlossaries, type CandidateDecision } from '../../db/glossary';
import type { CandidateFound, UnitRef } from '../../worker/glossaryProtocol';
import { useDb } from '../shell/DbContext';
import { glossaryOffThread } from './glossaryOffThread';
import { useGlossaryQuery } from './useGlossaryQuery';
import { useTermbaseStamp } from './useTermbaseStamp';

export type EvidenceUnit = UnitRef;

export interface CandidateView extends CandidateFound {
  decision?: CandidateDecision;
}

export interface CandidatesState {
  projectId: number | null;
  /** Undefined until the worker's first answer for this project. */
  candidates: CandidateView[] | undefined;
  error: string | null;
}

/**
 * Candidates learned from the project's corrections, found by the glossary worker (it reads
 * only the corrected units and matches with the compiled termbase), with the reviewer's
 * earlier decisions. Asked again when a correction or the termbase changes.
 */
export function useCandidates(): CandidatesState {
  const db = useDb();
  const tb = useTermbaseStamp();
  const projectId = tb?.projectId ?? null;
  const revisions = useLiveQuery(async () => (projectId === null ? undefined : await db.revisions.where('projectId').equals(projectId).count()), [db, projectId]);
  const decisions = useLiveQuery(async () => (projectId === null ? undefined : (await projectGlossaries(db, projectId)).find((g) => g.kind === 'project')?.decisions ?? {}), [db, projectId]);
  const key = tb && revisions !== undefined ? `${tb.projectId}|${tb.stamp}|${revisions}` : null;
  const q = useGlossaryQuery(key, () => glossaryOffThread(db, 'candidates', { projectId: tb!.projectId }));
  const sameProject = q.valueKey !== null && projectId !== null && q.valueKey.startsWith(`${projectId}|`);
  const found = sameProject ? q.value : undefined;
  const candidates = useMemo(() => (found && decisions ? found.map((c) => ({ ...c, decision: decisions[c.key]?.state })) : undefined), [found, decisions]);
  return { projectId, candidates, error: q.error };
}
