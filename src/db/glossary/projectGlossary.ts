import type { DuizhaoDB } from '../DuizhaoDB';
import { PROJECT_TERMBASE_PRIORITY, type ProjectGlossary } from './GlossaryEntities';

/** The project's own termbase record, created on first use. */
export async function ensureProjectGlossary(db: DuizhaoDB, projectId: number, now: () => number = Date.now): Promise<ProjectGlossary> {
  return db.transaction('rw', db.glossaries, async () => {
    const all = (await db.glossaries.where('projectId').equals(projectId).toArray()) as ProjectGlossary[];
    const found = all.find((g) => g.kind === 'project');
    if (found) return found;
    const rec: Omit<ProjectGlossary, 'id'> = { projectId, name: 'Project termbase', kind: 'project', priority: PROJECT_TERMBASE_PRIORITY, createdAt: now(), decisions: {} };
    const id = (await db.glossaries.add(rec as ProjectGlossary)) as number;
    return { ...rec, id } as ProjectGlossary;
  });
}

/** Every termbase stored for the project (its own first, then imported ones, oldest first). */
export async function projectGlossaries(db: DuizhaoDB, projectId: number): Promise<ProjectGlossary[]> {
  const all = (await db.glossaries.where('projectId').equals(projectId).toArray()) as ProjectGlossary[];
  return all.sort((a, b) => (a.kind === b.kind ? a.id - b.id : a.kind === 'project' ? -1 : 1));
}
