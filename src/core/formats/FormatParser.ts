import type { ParsedFile } from '../model/Unit';

/**
 * One importable file format. Register it with `registerFormat` (or add it to
 * `BUILTIN_FORMATS`) and `detectFormat` / `parseFileBytes` pick it up.
 */
export interface FormatParser {
  /** Stable id, also `ParsedFile.format`: `dump`, `tsv`, `csv`, `jsonl`, `xliff`, … */
  id: string;
  /** Shown to the user, e.g. "Tab-separated values (id, source, target)". */
  label: string;
  /** Lower-case file name endings without the dot: `['tsv', 'tab']`. */
  extensions: string[];
  /**
   * Optional content test, used when several formats share an extension (`.txt`, `.xml`):
   * true when the text looks like this format. Must be cheap: look at the start only.
   */
  sniff?(text: string): boolean;
  /** Parse decoded text; throws `ImportError` naming file and line on bad input. */
  parse(text: string, fileName: string): ParsedFile;
  /**
   * Optional: parse the raw bytes instead (XML declares its own encoding). When present,
   * `parseFileBytes` calls it rather than `decodeText` + `parse`.
   */
  parseBytes?(bytes: Uint8Array, fileName: string): ParsedFile;
}
