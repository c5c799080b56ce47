import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import { countSourceWords, documentEffort, postEditEffort, scoreMqmProject, type DocumentEffort, type MqmScore, type MqmSeverity } from '../../core/score';
import { toCurrentUnits, type AnnotationRecord, type DuizhaoDB } from '../../db';
import { useReviewSettings } from '../settings';
import { useDb } from '../shell/DbContext';

export interface Scores {
  document: MqmScore;
  /** Null when the project is too large to total live (see PROJECT_LIVE_LIMIT). */
  project: MqmScore | null;
  effort: DocumentEffort;
}

/** Above this many units the project total is left to the Dashboard (no live whole-project read). */
export const PROJECT_LIVE_LIMIT = 20_000;

type WordCache = Map<number, { source: string; words: number }>;

async function unitsOf(db: DuizhaoDB, where: 'projectId' | 'documentId', id: number) {
  const units = await db.units.where(where).equals(id).toArray();
  const revisions = await db.revisions.where(where === 'projectId' ? 'projectId' : 'unitId').anyOf(where === 'projectId' ? [id] : units.map((u) => u.id)).toArray();
  return toCurrentUnits(units, revisions);
}

/**
 * MQM (document and project, from the non-deleted annotations over the current source words)
 * and post-editing effort of the shown document (MT vs current target), live. Source word
 * counts are cached per unit and source text.
 */
export function useScores(projectId: number | null, documentId: number | null): Scores | undefined {
  const db = useDb();
  const settings = useReviewSettings();
  const mqm = settings?.mqm;
  const cache = useRef<WordCache>(new Map());
  return useLiveQuery(async () => {
    if (projectId === null || documentId === null || !mqm) return undefined;
    const project = await db.projects.get(projectId);
    const whole = !!project && project.unitCount <= PROJECT_LIVE_LIMIT;
    const current = await unitsOf(db, whole ? 'projectId' : 'documentId', whole ? projectId : documentId);
    const annotations: AnnotationRecord[] = whole
      ? await db.annotations.where('projectId').equals(projectId).toArray()
      : await db.annotations.where('documentId').equals(documentId).toArray();
    const words = new Map<number, number>();
    const efforts = [];
    for (const cu of current) {
      const d = cu.unit.documentId;
      let w = cache.current.get(cu.unit.id);
      if (!w || w.source !== cu.source) {
        w = { source: cu.source, words: cu.source.trim() ? countSourceWords(cu.source) : 0 };
        cache.current.set(cu.unit.id, w);
      }
      words.set(d, (words.get(d) ?? 0) + w.words);
      if (d === documentId) efforts.push(postEditEffort(cu.unit.target, cu.target));
    }
    const byDoc = new Map<number, { severity: MqmSeverity; category: string }[]>();
    for (const a of annotations) {
      if (a.deleted || a.documentId === undefined) continue;
      const list = byDoc.get(a.documentId) ?? [];
      list.push({ severity: (a.severity ?? 'minor') as MqmSeverity, category: a.category ?? 'Other' });
      byDoc.set(a.documentId, list);
    }
    if (!words.has(documentId)) words.set(documentId, 0);
    const result = scoreMqmProject(
      [...words.keys()].map((id) => ({ id: String(id), annotations: byDoc.get(id) ?? [], sourceWordCount: words.get(id) ?? 0 })),
      mqm,
    );
    return {
      document: result.documents.find((d) => d.id === String(documentId))!,
      project: whole ? result.project : null,
      effort: documentEffort(efforts),
    };
  }, [db, projectId, documentId, mqm]);
}
