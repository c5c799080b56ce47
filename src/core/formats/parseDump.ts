import { ImportError } from '../model/ImportError';
import type { ParsedDocument, ParsedFile, ParsedUnit } from '../model/Unit';
import { identifyLanguage, scriptCounts, shortTitle } from '../text';
import { splitLines } from './splitLines';

/** A marker line: `translated by <engine>` (case-insensitive, surrounding spaces allowed). */
const MARKER = /^[ \t\u3000]*translated by(?:[ \t]+(.*?))?[ \t\u3000]*$/i;
/** Longer lines are text that happens to start with "Translated by …", not a marker. */
const MARKER_MAX_LENGTH = 120;

const DUMP_HINT =
  "A dump has blocks of text, each followed by a line 'translated by <engine>'. " +
  'For a table of units use a .tsv or .csv file with the header id,source,target.';

/** Is this line a `translated by <engine>` marker? Returns the engine ('' when none) or null. */
export function dumpMarkerEngine(line: string): string | null {
  if (line.length > MARKER_MAX_LENGTH) return null;
  const m = MARKER.exec(line);
  return m ? (m[1] ?? '') : null;
}

function isBlank(line: string): boolean {
  return /^[\s\u3000]*$/.test(line);
}

/**
 * Parse a duizhao "dump": blocks of text, each followed by a marker line
 * `translated by <engine>`. Each block becomes one document holding one unit; unit ids
 * are "1".."N" in file order. A Chinese block is the unit's `target` (source ''), any
 * other block its `source` (target ''); `detected` holds the language guess.
 *
 * Text is kept exactly as in the file, except: a leading BOM is dropped, line
 * terminators (CRLF, LF, CR) become "\n" between the lines of a multi-line block, and
 * blank (whitespace-only) lines before and after a block are not part of it. Spaces at
 * the start or end of a text line are kept. Tolerates a missing final newline and a last
 * block without a marker (imported, with a warning).
 */
export function parseDump(text: string, fileName: string): ParsedFile {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (isBlank(text)) {
    throw new ImportError(fileName, `the file is empty (no text at all). ${DUMP_HINT}`);
  }
  const lines = splitLines(text);
  const documents: ParsedDocument[] = [];
  const warnings: string[] = [];
  let markers = 0;
  let blockStart = 0; // index into lines of the first line of the current block

  const finish = (end: number, engine: string | undefined, markerLine: number | undefined): void => {
    let a = blockStart;
    let b = end; // exclusive
    while (a < b && isBlank(lines[a])) a++;
    while (b > a && isBlank(lines[b - 1])) b--;
    if (a === b) {
      if (markerLine !== undefined) {
        warnings.push(`${fileName}, line ${markerLine}: a 'translated by' marker with no text above it was skipped.`);
      }
      return;
    }
    const blockText = lines.slice(a, b).join('\n');
    const id = String(documents.length + 1);
    const unit = makeUnit(id, blockText, a + 1, fileName, warnings);
    if (engine !== undefined) unit.engine = engine;
    documents.push({ name: shortTitle(blockText) || `Block ${id}`, units: [unit] });
  };

  for (let i = 0; i < lines.length; i++) {
    const engine = dumpMarkerEngine(lines[i]);
    if (engine === null) continue;
    markers++;
    finish(i, engine, i + 1);
    blockStart = i + 1;
  }
  if (markers === 0) {
    throw new ImportError(
      fileName,
      `no 'translated by …' marker line found: this is not a duizhao dump file. ${DUMP_HINT}`,
    );
  }
  const before = documents.length;
  finish(lines.length, undefined, undefined);
  if (documents.length > before) {
    warnings.push(
      `${fileName}, line ${lastBlockLine(lines, blockStart)}: the last block has no 'translated by …' marker; ` +
        'it was imported anyway, without an engine name. Check that the file is complete.',
    );
  }
  return { format: 'dump', fileName, sourceLang: 'en', targetLang: 'zh', documents, warnings };
}

function lastBlockLine(lines: string[], start: number): number {
  let a = start;
  while (a < lines.length && isBlank(lines[a])) a++;
  return a + 1;
}

function makeUnit(id: string, text: string, line: number, fileName: string, warnings: string[]): ParsedUnit {
  const detected = identifyLanguage(text);
  let isChinese = detected.lang === 'zh';
  if (detected.lang === 'und') {
    const s = scriptCounts(text, 2000);
    isChinese = s.han > 0 && s.han >= s.latin * 0.3;
    const what = detected.code === 'und' ? 'could not be identified' : `looks like ${detected.code}, not English or Chinese`;
    warnings.push(
      `${fileName}, line ${line}: the language of block ${id} ${what}; it was imported as the ${isChinese ? 'target' : 'source'}.`,
    );
  }
  return {
    id,
    source: isChinese ? '' : text,
    target: isChinese ? text : '',
    detected,
    extra: { line },
  };
}
