import type { FormatParser } from './FormatParser';
import { dumpMarkerEngine, parseDump } from './parseDump';

/** Look at the first lines only: sniffing must stay cheap on a 50 MB file. */
function head(text: string, chars = 64 * 1024): string[] {
  return text.slice(0, chars).split(/\r\n|\n|\r/);
}

/**
 * The formats of this folder. XML formats (XLIFF, TMX, TBX, PO) are registered next to
 * these by their own module through `registerFormat`.
 */
export const BUILTIN_FORMATS: FormatParser[] = [
  {
    id: 'dump',
    label: "duizhao dump (text blocks, each followed by 'translated by <engine>')",
    extensions: ['txt', 'dump'],
    sniff: (text) => head(text).some((l) => dumpMarkerEngine(l) !== null),
    parse: parseDump,
  },
];
