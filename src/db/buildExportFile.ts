import { Dexie } from 'dexie';
import type { ExportDocument, ExportFile, ExportUnit } from '../core/formats';
import { toCurrentUnits, type CurrentUnit } from './CurrentUnit';
import { detectedOf } from './checkUnitOf';
import type { DuizhaoDB } from './DuizhaoDB';
import { exportUnitScores } from './exportUnitScores';
import { countFindingChunks } from './findingsCache/countFindingChunks';
import { recountEditedDocuments } from './recountEditedDocuments';

/**
 * The reviewed state of one document (or of the whole project when `documentId` is null)
 * as an ExportFile: the current source (a reviewer may have added it), the imported machine
 * translation, and the correction (newest target revision) with its reviewer. Finding
 * counts come from the findings cache, except for documents edited since the last full
 * check, which are checked again (recountEditedDocuments).
 */
export async function buildExportFile(db: DuizhaoDB, projectId: number, documentId: number | null): Promise<ExportFile> {
  const { file, edited, decided, exportUnits } = await db.transaction('r', [db.projects, db.documents, db.units, db.revisions, db.findingChunks, db.decisions, db.annotations], async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw new Error('The project no longer exists (deleted or reset in another tab). Reload the page.');
    const docs =
      documentId === null
        ? await db.documents.where('[projectId+order]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]).toArray()
        : [await db.documents.get(documentId)].filter((d) => d !== undefined);
    const units =
      documentId === null
        ? await db.units.where('projectId').equals(projectId).toArray()
        : await db.units.where('documentId').equals(documentId).toArray();
    const revisions =
      documentId === null
        ? await db.revisions.where('projectId').equals(projectId).toArray()
        : await db.revisions.where('unitId').anyOf(units.map((u) => u.id)).toArray();
    const byDoc = new Map<number, ExportUnit[]>();
    const current = toCurrentUnits(units.sort((a, b) => a.order - b.order), revisions);
    const [scores, chunks] = await Promise.all([exportUnitScores(db, projectId, new Map(current.map((c) => [c.unit.id, c.source]))), countFindingChunks(db, projectId)]);
    // Documents edited since the last full check (any edit when its start is unknown): their
    // cached findings describe the old text. None when the project was never checked as a whole.
    const mark = project.findingsCheck;
    const since = mark ? (mark.startedAt ?? -Infinity) : chunks > 0 ? -Infinity : Infinity;
    const editedUnits = new Set(revisions.filter((r) => r.createdAt >= since).map((r) => r.unitId));
    const editedDocs = new Set(current.filter((cu) => editedUnits.has(cu.unit.id)).map((cu) => cu.unit.documentId));
    const edited = new Map<number, CurrentUnit[]>();
    const exportUnits = new Map<number, ExportUnit>();
    for (const cu of current) {
      const u = cu.unit;
      const eu: ExportUnit = { id: u.extId, source: cu.source, target: u.target };
      const detected = detectedOf(u);
      if (detected) eu.detected = detected;
      if (u.engine !== undefined) eu.engine = u.engine;
      if (u.notes) eu.notes = u.notes;
      if (u.state !== undefined) eu.state = u.state;
      if (u.stateQualifier !== undefined) eu.stateQualifier = u.stateQualifier;
      if (u.tags) eu.tags = u.tags;
      if (u.extra) eu.extra = u.extra;
      const counts = scores.findingCounts.get(u.id);
      if (counts) eu.findingCounts = counts;
      const mqm = scores.mqmScores.get(u.id);
      if (mqm !== undefined) eu.mqmScore = mqm;
      if (cu.targetRevision) {
        eu.corrected = cu.target;
        eu.mt = u.target;
        eu.reviewState = 'reviewed';
        if (cu.targetRevision.author) eu.reviewer = cu.targetRevision.author;
      }
      const list = byDoc.get(u.documentId);
      if (list) list.push(eu);
      else byDoc.set(u.documentId, [eu]);
      if (editedDocs.has(u.documentId)) {
        exportUnits.set(u.id, eu);
        const units = edited.get(u.documentId);
        if (units) units.push(cu);
        else edited.set(u.documentId, [cu]);
      }
    }
    const documents: ExportDocument[] = docs.map((d) => ({ name: d.name || d.title, units: byDoc.get(d.id) ?? [] }));
    const file: ExportFile = { sourceLang: project.sourceLang || 'en', targetLang: project.targetLang || 'zh-CN', documents };
    return { file, edited, decided: scores.decided, exportUnits };
  });
  await recountEditedDocuments(db, projectId, edited, decided, exportUnits);
  return file;
}
