import type { DuizhaoDB } from '../DuizhaoDB';
import { BACKUP_FORMAT, BackupError, type WorkspaceBackup } from './WorkspaceBackup';

/**
 * Reads and checks a backup file's text against this database: JSON, the duizhao format, a
 * schema no newer than this app's, known tables, records with their primary keys. Throws a
 * BackupError naming the file and the problem; nothing is written.
 */
export function parseWorkspaceBackup(text: string, fileName: string, db: DuizhaoDB): WorkspaceBackup {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new BackupError(
      `${fileName} is not valid JSON (${err instanceof Error ? err.message : String(err)}), so it cannot be a duizhao workspace backup. Nothing was changed; choose the file written by “Export workspace”.`,
    );
  }
  const b = data as Partial<WorkspaceBackup> | null;
  if (!b || typeof b !== 'object' || b.format !== BACKUP_FORMAT || typeof b.tables !== 'object' || b.tables === null) {
    throw new BackupError(
      `${fileName} is JSON but not a duizhao workspace backup (no "format": "${BACKUP_FORMAT}" with tables). Nothing was changed; choose the file written by “Export workspace”.`,
    );
  }
  if (typeof b.schemaVersion !== 'number' || !Number.isFinite(b.schemaVersion)) {
    throw new BackupError(`${fileName} has no schema version, so duizhao cannot tell how to read it. Nothing was changed.`);
  }
  if (b.schemaVersion > db.verno) {
    throw new BackupError(
      `${fileName} was written by a newer version of duizhao (schema ${b.schemaVersion}; this one reads up to ${db.verno}). Nothing was changed; update duizhao (reload the page), then restore again.`,
    );
  }
  const known = new Map<string, string | string[]>(db.tables.map((t) => [t.name, t.schema.primKey.keyPath as string | string[]]));
  // Tables of older schemas that the restore upgrades (v1–v2 findings become finding chunks).
  if (b.schemaVersion < 3) known.set('findings', 'id');
  for (const [name, rows] of Object.entries(b.tables)) {
    const keyPath = known.get(name);
    if (!keyPath) throw new BackupError(`${fileName} holds a table “${name}” this version of duizhao does not know. Nothing was changed.`);
    if (!Array.isArray(rows)) throw new BackupError(`${fileName}: table “${name}” is not a list of records. Nothing was changed.`);
    const keys = typeof keyPath === 'string' ? [keyPath] : keyPath;
    rows.forEach((r, i) => {
      const missing = !r || typeof r !== 'object' || Array.isArray(r) ? keys[0] : keys.find((k) => (r as Record<string, unknown>)[k] === undefined);
      if (missing !== undefined) {
        throw new BackupError(`${fileName}: record ${i + 1} of “${name}” has no “${missing}”. The file is damaged. Nothing was changed.`);
      }
    });
  }
  return b as WorkspaceBackup;
}
