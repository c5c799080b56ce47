import type { ParsedFile } from '../core/model';
import { deleteProject } from './deleteProject';
import type { DuizhaoDB } from './DuizhaoDB';
import { writeParsedFile } from './importParsedFile';

export const SEED_FILE_NAME = '000_2c0d154558004bfd.txt';
export const SEED_PROJECT_NAME = 'Seed 000_2c0d154558004bfd';
/** Settings key: present once the seed was imported (value = its project id). */
export const SEED_SETTING = 'seedProjectId';

function seedTables(db: DuizhaoDB) {
  return [db.settings, db.projects, db.documents, db.units, db.revisions, db.findingChunks, db.decisions, db.annotations, db.spotchecks, db.glossaries, db.terms, db.events];
}

/**
 * First visit: imports the seed as project "Seed 000_2c0d154558004bfd" and returns its id.
 * Later visits (the settings flag exists): imports nothing and returns the stored seed
 * project id, or null if that project is gone. The check and the import share one
 * transaction, so two tabs starting at once import the seed only once.
 * `parseSeed` is only called when the seed still has to be imported.
 */
export async function ensureSeedProject(
  db: DuizhaoDB,
  parseSeed: () => ParsedFile | Promise<ParsedFile>,
): Promise<number | null> {
  const existing = await db.settings.get(SEED_SETTING);
  if (existing) return (await db.projects.get(existing.value as number)) ? (existing.value as number) : null;
  // Parse outside the transaction (a transaction must not wait for non-database work).
  const parsed = await parseSeed();
  return db.transaction('rw', seedTables(db), async () => {
    const again = await db.settings.get(SEED_SETTING);
    if (again) return (await db.projects.get(again.value as number)) ? (again.value as number) : null;
    const id = await writeParsedFile(db, parsed, SEED_PROJECT_NAME, { kind: 'seed' });
    await db.settings.put({ key: SEED_SETTING, value: id });
    return id;
  });
}

/**
 * "Reset demo data": deletes the seed project(s) only (other projects are untouched) and
 * imports the seed again, in one transaction. Returns the new seed project id.
 */
export async function resetSeedProject(
  db: DuizhaoDB,
  parseSeed: () => ParsedFile | Promise<ParsedFile>,
): Promise<number> {
  const parsed = await parseSeed();
  return db.transaction('rw', seedTables(db), async () => {
    const seeds = (await db.projects.where('kind').equals('seed').primaryKeys()) as number[];
    for (const id of seeds) await deleteProject(db, id);
    const id = await writeParsedFile(db, parsed, SEED_PROJECT_NAME, { kind: 'seed' });
    await db.settings.put({ key: SEED_SETTING, value: id });
    return id;
  });
}
