import type { FormatParser } from './FormatParser';
import { BUILTIN_FORMATS } from './builtinFormats';

/**
 * The formats duizhao can import, in priority order (the first whose extension matches
 * and whose `sniff` accepts the text wins). Mutated only through `registerFormat`.
 */
export const FORMATS: FormatParser[] = [...BUILTIN_FORMATS];

/** Add a format, or replace the one with the same id (keeping its place in the order). */
export function registerFormat(p: FormatParser): void {
  const i = FORMATS.findIndex((f) => f.id === p.id);
  if (i >= 0) FORMATS[i] = p;
  else FORMATS.push(p);
}

/** Every extension some format accepts, sorted, each with its dot: `.csv, .jsonl, …`. */
export function supportedExtensions(): string[] {
  return [...new Set(FORMATS.flatMap((f) => f.extensions.map((e) => `.${e}`)))].sort();
}
