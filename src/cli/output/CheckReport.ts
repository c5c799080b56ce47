import type { Finding, Severity } from '../../core/model';

/** Everything an output format needs about one `duizhao check` run. */
export interface CheckReport {
  /** The file as named on the command line. */
  file: string;
  version: string;
  units: ReportUnit[];
  findings: Finding[];
  /** Findings at or above this severity fail the run (null: never). */
  failOn: Severity | null;
}

export interface ReportUnit {
  id: string;
  source: string;
  target: string;
  /**
   * The unit's document, for the outputs that name it (text, junit): its name is read only
   * there (a one-row document's title is worked out on first read; JSON shows none).
   */
  document?: { readonly name: string };
  engine?: string;
}
