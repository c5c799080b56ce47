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
  /** Document name (title) for the text output. */
  document?: string;
  engine?: string;
}
