import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { CompiledGlossary } from '../../core/glossary';
import { extractCandidates, type TermCandidate } from '../../core/learn';
import { candidateKey, correctionsOf, projectGlossaries, type CandidateDecision } from '../../db/glossary';
import { useDb } from '../shell/DbContext';
import { unitLabel, type ProjectUnits } from './useProjectUnits';

export interface EvidenceUnit {
  unitId: number;
  documentId: number;
  label: string;
}

export interface CandidateView extends TermCandidate {
  key: string;
  decision?: CandidateDecision;
  evidenceUnits: EvidenceUnit[];
}

/**
 * Candidates learned from the project's corrections (revisions vs machine translation),
 * with the reviewer's earlier decisions. Recomputed when a correction or a decision changes.
 */
export function useCandidates(data: ProjectUnits | undefined, glossary: CompiledGlossary | undefined): CandidateView[] | undefined {
  const db = useDb();
  const projectId = data?.projectId ?? null;
  const decisions = useLiveQuery(async () => (projectId === null ? undefined : (await projectGlossaries(db, projectId)).find((g) => g.kind === 'project')?.decisions ?? {}), [db, projectId]);
  return useMemo(() => {
    if (!data || !glossary || !decisions) return undefined;
    const byId = new Map(data.units.map((cu) => [String(cu.unit.id), cu]));
    return extractCandidates(correctionsOf(data.units), glossary).map((c) => ({
      ...c,
      key: candidateKey(c),
      decision: decisions[candidateKey(c)]?.state,
      evidenceUnits: c.evidence.flatMap((id) => {
        const cu = byId.get(id);
        return cu ? [{ unitId: cu.unit.id, documentId: cu.unit.documentId, label: unitLabel(cu, data.documents.get(cu.unit.documentId)) }] : [];
      }),
    }));
  }, [data, glossary, decisions]);
}
