import type { DuizhaoDB } from '../DuizhaoDB';
import { upgradeBackupTables } from './upgradeBackupTables';
import type { WorkspaceBackup } from './WorkspaceBackup';

export type RestoreMode = 'replace' | 'merge';

/**
 * Restores a checked backup in ONE transaction over every table (all or nothing):
 * 'replace' empties every table first; 'merge' keeps what is stored and puts the backup's
 * records by primary key (a record with the same id is replaced by the backup's).
 * A backup from an older schema is upgraded first, as the database upgrades its own data.
 * Returns the number of records written.
 */
export async function restoreWorkspace(db: DuizhaoDB, backup: WorkspaceBackup, mode: RestoreMode): Promise<number> {
  let written = 0;
  await db.transaction('rw', db.tables, async () => {
    if (mode === 'replace') for (const t of db.tables) await t.clear();
    const tables = await upgradeBackupTables(backup.tables, backup.schemaVersion, db.units);
    for (const [name, rows] of Object.entries(tables)) {
      if (!rows.length) continue;
      await db.table(name).bulkPut(rows);
      written += rows.length;
    }
  });
  return written;
}
