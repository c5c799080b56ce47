/**
 * The one shape of a finding, everywhere: engine, worker, Dexie, UI and CLI JSON.
 * Offsets are UTF-16 indices into the unit's text exactly as imported.
 */
export type Severity = 'critical' | 'major' | 'minor' | 'info';

/** MQM Core top-level categories and the sub-types duizhao uses (`Parent/Child`). */
export type MqmCategory =
  | 'Terminology'
  | 'Terminology/Inconsistent'
  | 'Accuracy'
  | 'Accuracy/Mistranslation'
  | 'Accuracy/Omission'
  | 'Accuracy/Addition'
  | 'Accuracy/Untranslated'
  | 'Linguistic conventions'
  | 'Linguistic conventions/Grammar'
  | 'Linguistic conventions/Punctuation'
  | 'Linguistic conventions/Spelling'
  | 'Fluency/Repetition'
  | 'Fluency/Grammar'
  | 'Style'
  | 'Locale conventions'
  | 'Locale conventions/Name'
  | 'Audience appropriateness'
  | 'Design and markup'
  | 'Other';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  unitId: string;
  /** Check id, e.g. `terminology.forbidden`. */
  check: string;
  severity: Severity;
  mqm: MqmCategory;
  target?: Span;
  source?: Span;
  message: string;
  suggestion?: string;
  termId?: string;
  /** `suspect` when the engine could not confirm (e.g. target-only mode). */
  confidence?: 'certain' | 'suspect';
}

/** Stable key: survives re-checking as long as check, unit, span and text are unchanged. */
export function findingKey(f: Pick<Finding, 'check' | 'unitId' | 'target' | 'source'>): string {
  const side = f.target ? `t${f.target.start}-${f.target.end}:${f.target.text}` : '';
  const src = f.source ? `s${f.source.start}-${f.source.end}:${f.source.text}` : '';
  return `${f.check}|${f.unitId}|${side}|${src}`;
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, minor: 1, major: 2, critical: 3 };
