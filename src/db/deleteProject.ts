import type { DuizhaoDB } from './DuizhaoDB';

/** Deletes one project and everything stored for it. Must run in, or opens, a rw transaction. */
export function deleteProject(db: DuizhaoDB, projectId: number): Promise<void> {
  const tables = [db.projects, db.documents, db.units, db.revisions, db.findings, db.decisions, db.annotations, db.spotchecks, db.glossaries, db.terms, db.events];
  return db.transaction('rw', tables, async () => {
    const glossaryIds = (await db.glossaries.where('projectId').equals(projectId).primaryKeys()) as number[];
    if (glossaryIds.length) await db.terms.where('glossaryId').anyOf(glossaryIds).delete();
    await Promise.all([
      db.documents.where('projectId').equals(projectId).delete(),
      db.units.where('projectId').equals(projectId).delete(),
      db.revisions.where('projectId').equals(projectId).delete(),
      db.findings.where('projectId').equals(projectId).delete(),
      db.decisions.where('projectId').equals(projectId).delete(),
      db.annotations.where('projectId').equals(projectId).delete(),
      db.spotchecks.where('projectId').equals(projectId).delete(),
      db.glossaries.where('projectId').equals(projectId).delete(),
      db.events.where('projectId').equals(projectId).delete(),
    ]);
    await db.projects.delete(projectId);
  });
}
