import type { DuizhaoDB } from '../DuizhaoDB';
import type { ProjectGlossary } from './GlossaryEntities';
import { projectGlossaries } from './projectGlossary';

/**
 * A short identity of a project's termbases from the termbase records alone (id, priority,
 * version): it changes whenever an entry is added, edited or deleted through src/db/glossary,
 * or a termbase is imported or removed, and costs one small read (no entry is loaded).
 */
export function termbaseStamp(glossaries: readonly ProjectGlossary[]): string {
  return glossaries.map((g) => `${g.id}:${g.priority}:${g.version ?? 0}`).join(',');
}

/** The stamp of a project's stored termbases ('' when it has none). */
export async function loadTermbaseStamp(db: DuizhaoDB, projectId: number): Promise<string> {
  return termbaseStamp(await projectGlossaries(db, projectId));
}
