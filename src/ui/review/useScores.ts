import { useLiveQuery } from 'dexie-react-hooks';
import { countSourceWords, documentEffort, postEditEffort, scoreMqmProject, type DocumentEffort, type MqmScore, type MqmSeverity } from '../../core/score';
import { toCurrentUnits } from '../../db';
import { useReviewSettings } from '../settings';
import { useDb } from '../shell/DbContext';

export interface Scores {
  document: MqmScore;
  project: MqmScore;
  effort: DocumentEffort;
}

/**
 * MQM (document and project, from the non-deleted annotations over the current source words)
 * and post-editing effort (MT vs current target), live. Units with no revision count as
 * untouched without running the metrics.
 */
export function useScores(projectId: number | null, documentId: number | null): Scores | undefined {
  const db = useDb();
  const settings = useReviewSettings();
  const mqm = settings?.mqm;
  return useLiveQuery(async () => {
    if (projectId === null || documentId === null || !mqm) return undefined;
    const [units, revisions, annotations] = await Promise.all([
      db.units.where('projectId').equals(projectId).toArray(),
      db.revisions.where('projectId').equals(projectId).toArray(),
      db.annotations.where('projectId').equals(projectId).toArray(),
    ]);
    const current = toCurrentUnits(units, revisions);
    const words = new Map<number, number>();
    const efforts = new Map<number, ReturnType<typeof postEditEffort>[]>();
    for (const cu of current) {
      const d = cu.unit.documentId;
      words.set(d, (words.get(d) ?? 0) + (cu.source.trim() ? countSourceWords(cu.source) : 0));
      if (d !== documentId) continue; // effort of the shown document only (the metrics cost more than counting words)
      const e = postEditEffort(cu.unit.target, cu.target);
      const list = efforts.get(d);
      if (list) list.push(e);
      else efforts.set(d, [e]);
    }
    const byDoc = new Map<number, { severity: MqmSeverity; category: string }[]>();
    for (const a of annotations) {
      if (a.deleted || a.documentId === undefined) continue;
      const list = byDoc.get(a.documentId) ?? [];
      list.push({ severity: (a.severity ?? 'minor') as MqmSeverity, category: a.category ?? 'Other' });
      byDoc.set(a.documentId, list);
    }
    const docIds = [...words.keys()];
    const result = scoreMqmProject(
      docIds.map((id) => ({ id: String(id), annotations: byDoc.get(id) ?? [], sourceWordCount: words.get(id) ?? 0 })),
      mqm,
    );
    const doc = result.documents.find((d) => d.id === String(documentId)) ?? scoreMqmProject([], mqm).project;
    return {
      document: doc,
      project: result.project,
      effort: documentEffort(efforts.get(documentId) ?? []),
    };
  }, [db, projectId, documentId, mqm]);
}
