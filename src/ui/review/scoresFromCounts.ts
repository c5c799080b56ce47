import { countSourceWords, documentEffort, postEditEffort, scoreMqmProject, type MqmConfig, type MqmSeverity } from '../../core/score';
import { toCurrentUnits, type DuizhaoDB, type RevisionRecord } from '../../db';
import type { Scores } from './useScores';

const words = (text: string) => (text.trim() ? countSourceWords(text) : 0);

/**
 * The same scores as `useScores` without reading every unit of the project: word counts come
 * from the project and document records (written at import), corrected by the source
 * revisions; only the shown document's units are read (for the effort). Undefined for
 * projects imported before those counts existed (the caller counts the slow way).
 */
export async function scoresFromCounts(db: DuizhaoDB, projectId: number, documentId: number, mqm: MqmConfig): Promise<Scores | undefined> {
  const project = await db.projects.get(projectId);
  if (project?.sourceWords === undefined) return undefined;
  const [annotations, revisions, docUnits] = await Promise.all([
    db.annotations.where('projectId').equals(projectId).toArray(),
    db.revisions.where('projectId').equals(projectId).toArray(),
    db.units.where('documentId').equals(documentId).toArray(),
  ]);
  // Newest source revision per unit: its words replace the imported source's.
  const newestSource = new Map<number, RevisionRecord>();
  for (const r of revisions) {
    if (r.side !== 'source') continue;
    const prev = newestSource.get(r.unitId);
    if (!prev || r.id > prev.id) newestSource.set(r.unitId, r);
  }
  const revised = await db.units.bulkGet([...newestSource.keys()]);
  const delta = new Map<number, number>();
  let total = project.sourceWords;
  for (const u of revised) {
    if (!u) continue;
    const d = words(newestSource.get(u.id)!.text) - words(u.source);
    delta.set(u.documentId, (delta.get(u.documentId) ?? 0) + d);
    total += d;
  }
  const byDoc = new Map<number, { severity: MqmSeverity; category: string }[]>();
  for (const a of annotations) {
    if (a.deleted || a.documentId === undefined) continue;
    const list = byDoc.get(a.documentId) ?? [];
    list.push({ severity: (a.severity ?? 'minor') as MqmSeverity, category: a.category ?? 'Other' });
    byDoc.set(a.documentId, list);
  }
  const ids = [...new Set([documentId, ...byDoc.keys()])];
  const docs = await db.documents.bulkGet(ids);
  if (docs.some((d) => d && d.sourceWords === undefined)) return undefined;
  const inputs = docs.flatMap((d, i) => (d ? [{ id: String(ids[i]), annotations: byDoc.get(ids[i]) ?? [], sourceWordCount: (d.sourceWords ?? 0) + (delta.get(ids[i]) ?? 0) }] : []));
  // Every other document only adds its words to the project's total.
  const rest = total - inputs.reduce((n, d) => n + d.sourceWordCount, 0);
  const result = scoreMqmProject([...inputs, { id: '', annotations: [], sourceWordCount: rest }], mqm);
  const doc = result.documents.find((d) => d.id === String(documentId)) ?? scoreMqmProject([], mqm).project;
  const inDoc = new Set(docUnits.map((u) => u.id));
  const current = toCurrentUnits(docUnits, revisions.filter((r) => r.side === 'target' && inDoc.has(r.unitId)));
  return { document: doc, project: result.project, effort: documentEffort(current.map((cu) => postEditEffort(cu.unit.target, cu.target))) };
}
