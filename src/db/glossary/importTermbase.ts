import type { Concept, Termbase } from '../../core/glossary';
import type { DuizhaoDB } from '../DuizhaoDB';
import { IMPORTED_TERMBASE_PRIORITY, type ProjectGlossary, type TermEntry } from './GlossaryEntities';
import { bumpGlossaryVersion } from './bumpGlossaryVersion';
import { englishKey, type ImportPlan, type MergeChoice } from './planTermbaseImport';
import { projectGlossaries } from './projectGlossary';
import { termsOfGlossaries } from './termsOfGlossaries';

/** Entries written per bulkAdd (all inside one transaction). */
const IMPORT_CHUNK = 1000;

export interface ImportTermbaseResult {
  glossaryId: number;
  added: number;
  skipped: number;
  replaced: number;
}

/**
 * Stores an imported termbase for the project (priority above the built-in one, below the
 * project's own), in one transaction. Clashes with existing entries follow `choice`:
 * keep-existing skips the incoming entry; replace removes the clashing stored entries
 * (project or imported; built-in ones are read-only and simply lose on priority);
 * keep-both stores it beside the existing one (the engine merges both).
 * `onProgress(done, total)` follows the entries written (all or nothing: one transaction).
 */
export async function importTermbase(
  db: DuizhaoDB,
  projectId: number,
  tb: Termbase,
  fileName: string,
  plan: ImportPlan,
  choice: MergeChoice,
  now: () => number = Date.now,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportTermbaseResult> {
  const clashing = new Set(plan.clashes.map((c) => c.incoming));
  const keep: Concept[] = choice === 'keep-existing' ? tb.concepts.filter((c) => !clashing.has(c)) : tb.concepts.slice();
  return db.transaction('rw', db.glossaries, db.terms, async () => {
    let replaced = 0;
    if (choice === 'replace' && plan.clashes.length) {
      const keys = new Set(plan.clashes.flatMap((c) => c.incoming.en.map((e) => englishKey(e.text))));
      const gl = await projectGlossaries(db, projectId);
      const stored = await termsOfGlossaries(db, gl.map((g) => g.id));
      const dropped = stored.filter((t) => t.concept.en.some((e) => keys.has(englishKey(e.text))));
      await db.terms.bulkDelete(dropped.map((t) => t.id));
      await bumpGlossaryVersion(db, dropped.map((t) => t.glossaryId));
      replaced = dropped.length;
    }
    const t = now();
    const rec: Omit<ProjectGlossary, 'id'> = {
      projectId,
      name: tb.name || fileName,
      kind: 'imported',
      priority: IMPORTED_TERMBASE_PRIORITY,
      createdAt: t,
      fileName,
    };
    const glossaryId = (await db.glossaries.add(rec as ProjectGlossary)) as number;
    // One transaction, written in chunks so a 10,000-entry file reports progress.
    onProgress?.(0, keep.length);
    for (let i = 0; i < keep.length; i += IMPORT_CHUNK) {
      const chunk = keep.slice(i, i + IMPORT_CHUNK);
      await db.terms.bulkAdd(chunk.map((concept) => ({ glossaryId, conceptId: concept.id, concept, createdAt: t, updatedAt: t }) as Omit<TermEntry, 'id'> as TermEntry));
      onProgress?.(Math.min(keep.length, i + IMPORT_CHUNK), keep.length);
    }
    return { glossaryId, added: keep.length, skipped: tb.concepts.length - keep.length, replaced };
  });
}

/** Removes an imported termbase and its entries. */
export async function removeImportedTermbase(db: DuizhaoDB, glossaryId: number): Promise<void> {
  await db.transaction('rw', db.glossaries, db.terms, async () => {
    await db.terms.where('glossaryId').equals(glossaryId).delete();
    await db.glossaries.delete(glossaryId);
  });
}
