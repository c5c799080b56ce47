import type { Finding, MqmCategory, Severity } from '../model/Finding';
import type { InlineTag, LangGuess } from '../model/Unit';

/** Everything a check may look at for one unit. No clock, randomness or globals. */
export interface CheckUnit {
  id: string;
  /** English source; '' in target-only mode. */
  source: string;
  /** Chinese target (current text); '' when missing. */
  target: string;
  /** Language the importer detected for the block (dump format), if any. */
  detected?: LangGuess;
  /** Engine the file names ("translated by 谷歌翻译" → 谷歌翻译), if any. */
  engine?: string;
  /** Inline tags (placeholder characters U+E000… in source/target) from XLIFF/TMX, for the `tags` check. */
  tags?: InlineTag[];
}

/**
 * Context passed to every check. Built once per run (termbase automaton etc.);
 * fields are optional so a check that needs none runs anywhere.
 */
export interface CheckContext {
  /** Compiled termbase(s), see src/core/glossary. Typed loosely here to keep checks decoupled. */
  glossary?: unknown;
  /** Document-level info for cross-unit checks (terminology.inconsistent). */
  document?: { units: CheckUnit[] };
  /** Per-check options. */
  options?: Record<string, unknown>;
}

export interface Check {
  id: string;
  mqm: MqmCategory;
  defaultSeverity: Severity;
  /** One line, shown in the UI filter and `--help`. */
  description: string;
  /** Needs a non-empty source to run. */
  needsSource?: boolean;
  run(unit: CheckUnit, ctx: CheckContext): Finding[];
}
