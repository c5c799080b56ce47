import { Dexie } from 'dexie';
import { deleteProjectNative } from './deleteProjectNative';
import type { DuizhaoDB } from './DuizhaoDB';

/**
 * Deletes one project and everything stored for it, all or nothing. Inside a Dexie
 * transaction (it must include these tables, rw) it runs in it; otherwise in one native
 * transaction with range deletes (fast for 100,000 units: `deleteProjectNative`).
 */
export function deleteProject(db: DuizhaoDB, projectId: number): Promise<void> {
  if (!Dexie.currentTransaction) return deleteProjectNative(db, projectId);
  const tables = [db.projects, db.documents, db.units, db.revisions, db.findingChunks, db.decisions, db.annotations, db.spotchecks, db.glossaries, db.terms, db.events];
  return db.transaction('rw', tables, async () => {
    const glossaryIds = (await db.glossaries.where('projectId').equals(projectId).primaryKeys()) as number[];
    if (glossaryIds.length) await db.terms.where('glossaryId').anyOf(glossaryIds).delete();
    await Promise.all([
      db.documents.where('projectId').equals(projectId).delete(),
      db.units.where('projectId').equals(projectId).delete(),
      db.revisions.where('projectId').equals(projectId).delete(),
      db.findingChunks.where('[projectId+chunk]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey], true, true).delete(),
      db.decisions.where('projectId').equals(projectId).delete(),
      db.annotations.where('projectId').equals(projectId).delete(),
      db.spotchecks.where('projectId').equals(projectId).delete(),
      db.glossaries.where('projectId').equals(projectId).delete(),
      db.events.where('projectId').equals(projectId).delete(),
    ]);
    await db.projects.delete(projectId);
  });
}
