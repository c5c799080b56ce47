/** A reviewer's verdict on one sampled finding. */
export type Verdict = 'tp' | 'fp' | 'unsure';

export interface AuditItem {
  /** auditKey of the finding (offsets only: no third-party text in the repo). */
  key: string;
  check: string;
  unit: string;
  termId?: string;
  severity: string;
  verdict: Verdict;
  /** Why, in the reviewer's own words (no quotation of the audited text beyond a term). */
  reason: string;
  /**
   * For a false positive the engine no longer reports: the commit that removed it. A test
   * keeps it removed.
   */
  gone?: string;
  /**
   * For a true positive a later fix reports at other offsets (a better span for the same
   * problem): the key it has now. Matching uses it instead of `key`.
   */
  now?: string;
}

/** A precision audit: which data, which engine, how it was drawn, and the verdicts. */
export interface AuditFile {
  /** The audited file, relative to the repo root. */
  data: string;
  /** The commit whose findings were sampled. */
  commit: string;
  seed: string;
  date: string;
  reviewer: string;
  /** Findings per check at that commit (the populations the sample estimates). */
  population: Record<string, number>;
  items: AuditItem[];
}
