import type { DuizhaoDB } from '../DuizhaoDB';
import { BACKUP_FORMAT, type WorkspaceBackup } from './WorkspaceBackup';

/** Reads every table in one read transaction (a consistent snapshot) into one backup object. */
export async function exportWorkspace(db: DuizhaoDB, now: () => Date = () => new Date()): Promise<WorkspaceBackup> {
  const tables: WorkspaceBackup['tables'] = {};
  await db.transaction('r', db.tables, async () => {
    for (const t of db.tables) tables[t.name] = (await t.toArray()) as Record<string, unknown>[];
  });
  return { format: BACKUP_FORMAT, schemaVersion: db.verno, exportedAt: now().toISOString(), tables };
}
