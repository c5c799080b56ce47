import { Dexie, type EntityTable, type Table } from 'dexie';
import { moveLegacyFindings } from './findingsCache/moveLegacyFindings';
import type {
  AnnotationRecord,
  DecisionRecord,
  DocumentRecord,
  EventRecord,
  FindingChunkRecord,
  GlossaryRecord,
  ProjectRecord,
  RevisionRecord,
  SettingRecord,
  SpotcheckRecord,
  TermRecord,
  UnitRecord,
} from './records';

export const DEFAULT_DB_NAME = 'duizhao';

/**
 * The one IndexedDB database of duizhao. Schema strings list only indexed fields.
 * Every change is a new `this.version(n).stores(...).upgrade(...)` plus a test that opens
 * a database written by version n−1.
 */
export class DuizhaoDB extends Dexie {
  projects!: EntityTable<ProjectRecord, 'id'>;
  documents!: EntityTable<DocumentRecord, 'id'>;
  units!: EntityTable<UnitRecord, 'id'>;
  revisions!: EntityTable<RevisionRecord, 'id'>;
  /** The findings cache (v3): a project's findings in chunks, primary key [projectId+chunk]. */
  findingChunks!: Table<FindingChunkRecord, [number, number]>;
  decisions!: EntityTable<DecisionRecord, 'id'>;
  annotations!: EntityTable<AnnotationRecord, 'id'>;
  glossaries!: EntityTable<GlossaryRecord, 'id'>;
  terms!: EntityTable<TermRecord, 'id'>;
  spotchecks!: EntityTable<SpotcheckRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  events!: EntityTable<EventRecord, 'id'>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    this.version(1).stores({
      projects: '++id, kind, createdAt',
      documents: '++id, projectId, [projectId+order]',
      units: '++id, projectId, documentId, [documentId+order], [projectId+extId]',
      revisions: '++id, projectId, unitId, [unitId+side]',
      findings: '++id, projectId, unitId, key',
      decisions: '++id, projectId, unitId, findingKey',
      annotations: '++id, projectId, unitId',
      glossaries: '++id, projectId, name',
      terms: '++id, glossaryId, conceptId',
      spotchecks: '++id, projectId',
      settings: 'key',
    });
    // v2 (issue 4): annotations by document, decisions per project+key, the event log (undo/redo).
    this.version(2)
      .stores({
        decisions: '++id, projectId, unitId, findingKey, [projectId+findingKey]',
        annotations: '++id, projectId, unitId, documentId',
        events: '++id, projectId',
      })
      .upgrade(async (tx) => {
        const units = tx.table('units');
        const annotations = tx.table('annotations');
        for (const a of (await annotations.toArray()) as Record<string, unknown>[]) {
          if (a.documentId !== undefined) continue;
          const u = (await units.get(a.unitId as number)) as { documentId?: number } | undefined;
          if (u?.documentId !== undefined) await annotations.put({ ...a, documentId: u.documentId });
        }
        await tx
          .table('decisions')
          .toCollection()
          .modify((d: Record<string, unknown>) => {
            if (d.action === undefined) d.action = 'dismissed';
          });
      });
    // v3 (issue 7): the findings cache holds chunks of ~100 findings per record instead of one
    // record per finding (IndexedDB's cost is per record); the old records are moved over.
    this.version(3)
      .stores({ findings: null, findingChunks: '[projectId+chunk]' })
      .upgrade(async (tx) => {
        await moveLegacyFindings(tx.table('findings'), tx.table('findingChunks'));
      });
  }
}

/** Tables that hold a project's data (all have a `projectId` index, or `projectId` first in the primary key). */
export const PROJECT_TABLES = [
  'documents',
  'units',
  'revisions',
  'findingChunks',
  'decisions',
  'annotations',
  'spotchecks',
  'events',
] as const;
