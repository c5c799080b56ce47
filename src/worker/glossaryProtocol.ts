import type { ConcordanceResult, ConcordanceUnit, ConsistencyEntry } from '../core/concordance';
import type { SourceTerm, TermStatus } from '../core/glossary';
import type { TermCandidate } from '../core/learn';
import type { MqmConfig } from '../core/score';
import type { ExportScope, GlossaryRow, ImportTermbaseResult, MergeChoice } from '../db/glossary';

/** Every request names the database and the project; the worker reads what it needs itself. */
interface Base {
  id: number;
  dbName: string;
  projectId: number;
}

/**
 * Main thread → glossary worker. The worker keeps the project's compiled termbase (built-in
 * + stored termbases) and recompiles only when the termbase stamp changes.
 * - compile: make sure it is compiled (the "Compiling termbase…" state ends with the answer);
 * - terms: the termbase terms recognised in one English source (Terms panel);
 * - candidates: glossary candidates learned from the project's corrections;
 * - flagged: units whose stored findings flag a concept or a rendering (after Approve);
 * - dashboard: the Dashboard's aggregates from the stored findings;
 * - parseTermbase / storeTermbase: a termbase file parsed and compared (preview), then stored;
 * - concordance / consistency: the Terms screen's search and report (`version` changes with
 *   every edit: the worker reads the project's current texts again);
 * - exportGlossary: the corrected glossary written as TBX or CSV;
 * - termRows: one page of the entries table, searched and filtered.
 */
export type GlossaryRequest =
  | (Base & { type: 'compile' })
  | (Base & { type: 'terms'; source: string })
  | (Base & { type: 'candidates' })
  | (Base & { type: 'flagged'; conceptId: string; wrong: string })
  | (Base & { type: 'dashboard'; mqm?: MqmConfig })
  | (Base & { type: 'parseTermbase'; bytes: Uint8Array; fileName: string })
  | (Base & { type: 'storeTermbase'; fileName: string; choice: MergeChoice })
  | (Base & { type: 'concordance'; version: string; query: string })
  | (Base & { type: 'consistency'; version: string })
  | (Base & { type: 'exportGlossary'; projectName: string; scope: ExportScope; format: 'tbx' | 'csv'; since?: number })
  | (Base & { type: 'termRows'; query: string; status: TermStatus | ''; origin: string; offset: number; limit: number });

export type GlossaryRequestType = GlossaryRequest['type'];

/** A unit as lists name it: "unit 3 · 强化学习(RL)涉及…". */
export interface UnitRef {
  unitId: number;
  documentId: number;
  /** The unit's id in its file ("u3"). */
  extId: string;
  label: string;
}

export interface CompileInfo {
  /** Concepts compiled (built-in + the project's termbases). */
  entries: number;
  /** The project's own and imported termbases (the built-in one not counted). */
  termbases: number;
}

export interface CandidateFound extends TermCandidate {
  key: string;
  evidenceUnits: UnitRef[];
}

/** One bar of a Dashboard chart (and one row of its table). */
export interface StatBar {
  label: string;
  value: number;
  bad?: boolean;
  detail?: string;
}

/**
 * MQM per document, column by column (typed arrays and one string: 100,000 documents cross
 * from the worker in a few milliseconds instead of 100,000 objects). Row i: document `ids[i]`,
 * title `titles.slice(titleEnds[i - 1] ?? 0, titleEnds[i])`, `words[i]` source words, quality
 * scores from the annotations (`reviewed`) and estimated from the findings (`estimated`),
 * NaN when the document has no source words, with pass (1) / fail (0).
 */
export interface DocumentScoreTable {
  count: number;
  ids: Float64Array;
  titles: string;
  titleEnds: Uint32Array;
  words: Float64Array;
  reviewed: Float64Array;
  reviewedPass: Uint8Array;
  estimated: Float64Array;
  estimatedPass: Uint8Array;
}

export interface DashboardStats {
  byCheck: StatBar[];
  byCategory: StatBar[];
  documents: DocumentScoreTable;
  effort: StatBar[];
  editedUnits: number;
  wrongRenderings: StatBar[];
  findings: number;
  units: number;
  /** Findings read from the findings cache (0: the project was never checked as a whole). */
  cachedFindings: number;
  /** Documents re-checked here because a reviewer changed them. */
  rechecked: number;
}

/** A concordance, the units its lines come from (for "Fix all"), the concept's preferred rendering. */
export interface ConcordanceAnswer {
  result: ConcordanceResult;
  units: ConcordanceUnit[];
  preferred: string;
}

/** One page of the entries table: `rows` from `offset`; `count` rows match the filters, of `total`. */
export interface TermRowsPage {
  total: number;
  count: number;
  offset: number;
  rows: GlossaryRow[];
}

/** What `parseTermbase` found, before anything is stored. */
export interface TermbasePreview {
  fileName: string;
  /** Usable entries in the file. */
  entries: number;
  fresh: number;
  duplicates: number;
  contradictions: number;
  /** The first contradictions, for the merge dialog. */
  examples: { en: string; here: string; there: string; existingIn: string }[];
  warnings: string[];
}

export interface GlossaryResults {
  compile: CompileInfo;
  terms: SourceTerm[];
  candidates: CandidateFound[];
  flagged: UnitRef[];
  dashboard: DashboardStats;
  parseTermbase: TermbasePreview;
  storeTermbase: ImportTermbaseResult;
  concordance: ConcordanceAnswer;
  consistency: ConsistencyEntry[];
  exportGlossary: { text: string; count: number };
  termRows: TermRowsPage;
}

/** Glossary worker → main thread: progress (any number), then one `done` or `failed`. */
export type GlossaryMessage =
  | { id: number; type: 'progress'; phase: string; done: number; total: number }
  | { id: number; type: 'done'; value: GlossaryResults[GlossaryRequestType] }
  | { id: number; type: 'failed'; name: string; message: string };
