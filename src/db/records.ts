/**
 * Shapes of the records stored in IndexedDB (Dexie). Only fields listed in the schema
 * strings of `DuizhaoDB.ts` are indexed; everything else is stored as-is.
 * Later issues add optional fields via `db.version(n).upgrade()`.
 */
import type { Finding, InlineTag, Lang, UnitStatus } from '../core/model';

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
  /**
   * Set while a staged import is still writing (additive, not indexed): such a project is
   * hidden everywhere and deleted at the next start once `heartbeatAt` is stale.
   */
  incomplete?: boolean;
  /** Last time (ms) the import writing an incomplete project showed it is alive. */
  heartbeatAt?: number;
  /** Identifies the staged import writing this project (lets a cancel find it). */
  importToken?: string;
  /** Source words of the units as imported (additive; set by imports since issue 7): MQM without reading every unit. */
  sourceWords?: number;
  /**
   * How far the last full check ("Re-check project", the Dashboard's own check) got (additive,
   * not indexed; issue 7): `complete: false` from its start until it ends with every unit
   * checked, so a cancelled or failed check, or a tab closed mid-way, leaves the findings
   * cache marked incomplete. Absent (projects checked before this field): the cache counts
   * as complete when it has finding chunks.
   */
  findingsCheck?: FindingsCheckState;
}

/** See `ProjectRecord.findingsCheck`. `units`: units checked (about, for a check that stopped). */
export interface FindingsCheckState {
  complete: boolean;
  outcome: 'running' | 'done' | 'cancelled' | 'failed';
  units?: number;
  at: number;
  /** When the check started (since session 4): units edited after it are not in its findings. */
  startedAt?: number;
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
  /** Source words of its units as imported (additive; set by imports since issue 7). */
  sourceWords?: number;
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
  /** The browser tab that wrote it (tells a tab that another one changed a unit it edits). */
  tab?: string;
}

/**
 * A finding record of schema v1–v2 (one record per finding, table `findings`, dropped in v3:
 * the upgrade moves them into finding chunks). Kept for the upgrade and old backups.
 */
export interface FindingRecord {
  id: number;
  projectId: number;
  unitId: number;
  key: string;
  [field: string]: unknown;
}

/** One finding of the findings cache: the engine's finding, its unit and document as numbers, and `key` = findingKey(). */
export type CachedFinding = Omit<Finding, 'unitId'> & {
  unitId: number;
  /** The unit's document (absent only in findings moved from a v1 database). */
  documentId?: number;
  key: string;
};

/**
 * The findings cache (schema v3, issue 7): a full re-check stores a project's findings as
 * chunks of up to ~100 findings, one record each (IndexedDB pays per record: 150,000
 * findings are ~1,500 records, not 150,000). Primary key [projectId+chunk]; chunks are
 * numbered 0, 1, 2… in document order by the run that wrote them. A project with at least
 * one chunk has been checked (a check that found nothing writes one empty chunk).
 */
export interface FindingChunkRecord {
  projectId: number;
  chunk: number;
  findings: CachedFinding[];
}

/** What a reviewer decided on a finding; 'open' = no decision (e.g. after an undo). */
export type DecisionAction = 'dismissed' | 'confirmed' | 'applied' | 'open';

/**
 * A reviewer's decision on a finding, by stable key. Append-only: the newest record per
 * key (highest id) is the current decision.
 */
export interface DecisionRecord {
  id: number;
  projectId: number;
  unitId: number;
  findingKey: string;
  /** Since schema v2 (optional so v1 records still type-check). */
  action?: DecisionAction;
  check?: string;
  /** Offset-free identity of the finding: matches it again after an edit elsewhere in the unit. */
  looseKey?: string;
  reason?: string;
  author?: string;
  createdAt?: number;
  [field: string]: unknown;
}

export type AnnotationSeverity = 'neutral' | 'minor' | 'major' | 'critical';

/**
 * An MQM annotation: marked by hand ("Mark error") or a confirmed finding (`findingKey`).
 * Offsets are into the unit's text at the time it was made. Deleting sets `deleted` (undo
 * can bring it back; history is never lost).
 */
export interface AnnotationRecord {
  id: number;
  projectId: number;
  unitId: number;
  /** Since schema v2 (filled from the unit by the upgrade). */
  documentId?: number;
  side?: Side;
  start?: number;
  end?: number;
  text?: string;
  /** MQM category id (`Accuracy/Omission`…). */
  category?: string;
  severity?: AnnotationSeverity;
  note?: string;
  author?: string;
  createdAt?: number;
  updatedAt?: number;
  findingKey?: string;
  deleted?: boolean;
  [field: string]: unknown;
}

/**
 * One reviewer step (edit, apply, decision, annotation…), recorded for undo/redo and the
 * audit trail. Undo and redo are events too; nothing is ever deleted.
 */
export interface EventRecord {
  id: number;
  projectId: number;
  kind: 'action' | 'undo' | 'redo';
  label: string;
  ops: unknown[];
  /** For undo/redo: the event undone or redone. */
  of?: number;
  author: string;
  createdAt: number;
  tab?: string;
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
