/**
 * Shapes of the records stored in IndexedDB (Dexie). Only fields listed in the schema
 * strings of `DuizhaoDB.ts` are indexed; everything else is stored as-is.
 * Later issues add optional fields via `db.version(n).upgrade()`.
 */
import type { InlineTag, Lang, UnitStatus } from '../core/model';

export interface ProjectRecord {
  id: number;
  name: string;
  /** 'seed' for the demo project restored by "Reset demo data". */
  kind: 'seed' | 'import';
  format: string;
  fileName: string;
  sourceLang: string;
  targetLang: string;
  createdAt: number;
  documentCount: number;
  unitCount: number;
  warnings: string[];
}

export interface DocumentRecord {
  id: number;
  projectId: number;
  /** Position in the project, 0-based. */
  order: number;
  /** Name from the file (may be ''). */
  name: string;
  /** Title shown in the document list: the name the parser gave (first words of the text), else "Document N". */
  title: string;
  /** Aggregated status of its units (derived cache, recomputed when a revision is saved). */
  status: UnitStatus;
  unitCount: number;
  /** Units whose current source / target is empty (kept up to date by `addRevision`). */
  missingSource: number;
  missingTarget: number;
  /** Detected language of the first unit (dump blocks), when the file gave one. */
  detectedLang?: Lang;
  detectedConfidence?: number;
}

export interface UnitRecord {
  id: number;
  projectId: number;
  documentId: number;
  /** Position inside the document, 0-based. */
  order: number;
  /** Unit id from the file ("1".."N" for the dump). */
  extId: string;
  /** English source as imported ('' when missing). Never overwritten: see revisions. */
  source: string;
  /** Chinese machine translation as imported ('' when missing). Never overwritten. */
  target: string;
  /** Status of the current texts (derived cache). */
  status: UnitStatus;
  detectedLang?: Lang;
  detectedCode?: string;
  detectedConfidence?: number;
  engine?: string;
  notes?: string[];
  state?: string;
  stateQualifier?: string;
  tags?: InlineTag[];
  extra?: Record<string, unknown>;
}

export type Side = 'source' | 'target';

/** Append-only: a reviewer's text for one side of a unit. The newest one is current. */
export interface RevisionRecord {
  id: number;
  unitId: number;
  projectId: number;
  side: Side;
  text: string;
  /** The revision this one replaces (null = it replaces the imported text). */
  parentId: number | null;
  author: string;
  createdAt: number;
  /** Why it was made: 'add' (a missing side supplied), 'edit', 'restore', 'undo'… */
  reason?: string;
}

/** Cached findings of one unit (issue 3/4); `key` = findingKey(). */
export interface FindingRecord {
  id: number;
  projectId: number;
  unitId: number;
  key: string;
  [field: string]: unknown;
}

/** A reviewer's decision on a finding (dismissed, confirmed, applied), by stable key. */
export interface DecisionRecord {
  id: number;
  projectId: number;
  unitId: number;
  findingKey: string;
  [field: string]: unknown;
}

/** A manual MQM annotation (issue 4). */
export interface AnnotationRecord {
  id: number;
  projectId: number;
  unitId: number;
  [field: string]: unknown;
}

/** A termbase (built-in, imported or project). `projectId` null = global. */
export interface GlossaryRecord {
  id: number;
  projectId: number | null;
  name: string;
  [field: string]: unknown;
}

export interface TermRecord {
  id: number;
  glossaryId: number;
  conceptId: string;
  [field: string]: unknown;
}

export interface SpotcheckRecord {
  id: number;
  projectId: number;
  [field: string]: unknown;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}
