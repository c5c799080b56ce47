/** The "Export workspace" file: every table of the database, with the schema version. */
export interface WorkspaceBackup {
  format: 'duizhao-workspace';
  /** `db.verno` of the database that wrote it. */
  schemaVersion: number;
  exportedAt: string;
  /** Records per table name (projects, documents, units, revisions, decisions, annotations, glossaries, settings…). */
  tables: Record<string, Record<string, unknown>[]>;
}

export const BACKUP_FORMAT = 'duizhao-workspace';

/** A backup that cannot be restored; nothing was changed. The message says what to do. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}
