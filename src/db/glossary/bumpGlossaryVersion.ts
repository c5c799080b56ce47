import type { DuizhaoDB } from '../DuizhaoDB';
import type { ProjectGlossary } from './GlossaryEntities';

/**
 * Marks a stored termbase as changed (its `version` goes up by one), so views and the
 * glossary worker know to recompile without reading every entry. Call it inside the
 * transaction that changes the entries (it needs `db.glossaries` in its scope).
 */
export async function bumpGlossaryVersion(db: DuizhaoDB, glossaryIds: Iterable<number>): Promise<void> {
  const ids = [...new Set(glossaryIds)];
  if (ids.length === 0) return;
  await db.glossaries
    .where('id')
    .anyOf(ids)
    .modify((g) => {
      const pg = g as ProjectGlossary;
      pg.version = (pg.version ?? 0) + 1;
    });
}
