import type { Concept } from '../../core/glossary';
import type { DuizhaoDB } from '../DuizhaoDB';
import type { TermEntry } from './GlossaryEntities';
import { bumpGlossaryVersion } from './bumpGlossaryVersion';
import { ensureProjectGlossary } from './projectGlossary';
import { validateConcept } from './validateConcept';

export interface SaveTermOptions {
  /** Replace this stored entry (edit); otherwise a new entry is added. */
  termId?: number;
  /** The built-in concept being overridden (editing a read-only built-in entry). */
  overrides?: string;
  evidenceUnitIds?: number[];
  now?: () => number;
}

/**
 * Adds or replaces an entry of the project termbase. Whitespace is trimmed; entries with no
 * English term or a punctuation-only term are refused (TermValidationError) and nothing is stored.
 * Returns the stored entry.
 */
export async function saveTerm(db: DuizhaoDB, projectId: number, concept: Concept, options: SaveTermOptions = {}): Promise<TermEntry> {
  const clean: Concept = {
    ...concept,
    en: concept.en.map((e) => ({ ...e, text: e.text.trim() })).filter((e) => e.text),
    zh: concept.zh.map((z) => ({ ...z, text: z.text.trim() })),
  };
  validateConcept(clean);
  const now = options.now ?? Date.now;
  const glossary = await ensureProjectGlossary(db, projectId, now);
  return db.transaction('rw', db.terms, db.glossaries, async () => {
    const t = now();
    const old = options.termId !== undefined ? ((await db.terms.get(options.termId)) as TermEntry | undefined) : undefined;
    if (old && old.glossaryId !== glossary.id) {
      throw new Error('This entry belongs to an imported termbase; it is read-only. Add a project entry instead.');
    }
    const rec: Omit<TermEntry, 'id'> = {
      glossaryId: glossary.id,
      conceptId: clean.id,
      concept: clean,
      createdAt: old?.createdAt ?? t,
      updatedAt: t,
      ...((options.evidenceUnitIds ?? old?.evidenceUnitIds) ? { evidenceUnitIds: options.evidenceUnitIds ?? old?.evidenceUnitIds } : {}),
      ...((options.overrides ?? old?.overrides) ? { overrides: options.overrides ?? old?.overrides } : {}),
    };
    await bumpGlossaryVersion(db, [glossary.id]);
    if (old) {
      await db.terms.put({ ...rec, id: old.id } as TermEntry);
      return { ...rec, id: old.id } as TermEntry;
    }
    const id = (await db.terms.add(rec as TermEntry)) as number;
    return { ...rec, id } as TermEntry;
  });
}

/** Deletes an entry of the project termbase (imported and built-in entries are read-only). */
export async function deleteTerm(db: DuizhaoDB, termId: number): Promise<void> {
  await db.transaction('rw', db.terms, db.glossaries, async () => {
    const old = await db.terms.get(termId);
    if (!old) return;
    await db.terms.delete(termId);
    await bumpGlossaryVersion(db, [old.glossaryId]);
  });
}
