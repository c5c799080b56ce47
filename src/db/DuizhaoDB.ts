import { Dexie, type EntityTable } from 'dexie';
import type {
  AnnotationRecord,
  DecisionRecord,
  DocumentRecord,
  FindingRecord,
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
  findings!: EntityTable<FindingRecord, 'id'>;
  decisions!: EntityTable<DecisionRecord, 'id'>;
  annotations!: EntityTable<AnnotationRecord, 'id'>;
  glossaries!: EntityTable<GlossaryRecord, 'id'>;
  terms!: EntityTable<TermRecord, 'id'>;
  spotchecks!: EntityTable<SpotcheckRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

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
  }
}

/** Tables that hold a project's data (all have a `projectId` index). */
export const PROJECT_TABLES = [
  'documents',
  'units',
  'revisions',
  'findings',
  'decisions',
  'annotations',
  'spotchecks',
] as const;
