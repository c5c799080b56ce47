/** Language codes duizhao distinguishes. `und` = undetermined (too short, empty, other). */
export type Lang = 'en' | 'zh' | 'und';

/** Result of language identification, shown to the user with its confidence (0..1). */
export interface LangGuess {
  lang: Lang;
  /** franc's ISO 639-3 code (`cmn`, `eng`, …) or `und`. */
  code: string;
  confidence: number;
}

/** Inline markup turned into a protected placeholder (XLIFF/TMX tags). */
export interface InlineTag {
  /** Placeholder id as it appears in the text, see `placeholder.ts`. */
  id: string;
  kind: 'open' | 'close' | 'standalone';
  /** The original element name (g, x, ph, bpt, pc, sc, …) and its attributes / raw content. */
  element: string;
  attrs?: Record<string, string>;
  content?: string;
}

/**
 * A translation unit as parsed from a file: plain data, no ids from the database.
 * `source` is the English text and `target` the Chinese MT; either may be '' (missing).
 */
export interface ParsedUnit {
  /** Id from the file (dump: "1".."N" in file order; XLIFF: the trans-unit/unit id). */
  id: string;
  source: string;
  target: string;
  /** Language detected for the block (dump format) or declared by the file. */
  detected?: LangGuess;
  /** Engine named by the file, e.g. `谷歌翻译` from "translated by 谷歌翻译". */
  engine?: string;
  notes?: string[];
  /** Workflow state from the file (XLIFF state, subState…). */
  state?: string;
  stateQualifier?: string;
  /** Placeholders used in source/target, by placeholder id. */
  tags?: InlineTag[];
  /** Anything a format needs to write the unit back unchanged. */
  extra?: Record<string, unknown>;
}

export interface ParsedDocument {
  /** Name shown in the document list; title derived from the text when absent. */
  name: string;
  units: ParsedUnit[];
  extra?: Record<string, unknown>;
}

export interface ParsedFile {
  format: string;
  fileName: string;
  sourceLang: string;
  targetLang: string;
  documents: ParsedDocument[];
  /** Warnings that did not stop the import (shown to the user). */
  warnings: string[];
}

/** Status of a unit/document as shown in the document list. */
export type UnitStatus = 'machine translated' | 'translation missing' | 'source missing';

export function unitStatus(u: Pick<ParsedUnit, 'source' | 'target'>): UnitStatus {
  if (!u.source.trim()) return 'source missing';
  if (!u.target.trim()) return 'translation missing';
  return 'machine translated';
}
