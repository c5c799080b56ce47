import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { exportBilingual, fileExtension, parseFileBytes, toExportFile, type ExportFormat } from '../../core/formats';
import { ImportError } from '../../core/model';
import type { CliIO } from '../CliIO';
import { readInputFile } from '../readInputFile';
import { UsageError } from '../UsageError';
import { writeDump } from './writeDump';

export const CONVERT_HELP = `Usage: duizhao convert IN OUT [--xliff-version 1.2|2.0|2.1]

Convert a bilingual file; both formats come from the file extensions:
  .txt (dump)  .tsv  .csv  .jsonl  .xlf/.xliff  .tmx  .po
XLIFF output is 1.2 unless --xliff-version says otherwise (an XLIFF 2 input stays 2.1).
Inline tags are kept (PO, CSV and dump cannot hold them: they are left out or labelled).
`;

const BY_EXT: Record<string, ExportFormat | 'dump'> = {
  xlf: 'xliff12', xliff: 'xliff12', tmx: 'tmx', po: 'po', pot: 'po', csv: 'csv', tsv: 'tsv', tab: 'tsv', jsonl: 'jsonl', txt: 'dump',
};

function parseArgs(argv: string[]): { inName: string; outName: string; xliff?: string } {
  const files: string[] = [];
  let xliff: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--xliff-version') { xliff = argv[++i]; if (xliff === undefined) throw new UsageError('--xliff-version needs a value: 1.2, 2.0 or 2.1.'); }
    else if (a.startsWith('--xliff-version=')) xliff = a.slice('--xliff-version='.length);
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`convert: unknown option ${a}. ${CONVERT_HELP}`);
    else files.push(a);
  }
  if (files.length !== 2) throw new UsageError(`convert needs an input and an output file (got ${files.length}).\n${CONVERT_HELP}`);
  if (xliff !== undefined && !['1.2', '2.0', '2.1'].includes(xliff)) throw new UsageError(`--xliff-version ${xliff} is not supported; use 1.2, 2.0 or 2.1.`);
  return { inName: files[0], outName: files[1], xliff };
}

/** `duizhao convert IN OUT`: 0 on success, 2 on bad arguments or an unreadable input. */
export async function convertCommand(argv: string[], io: CliIO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) { io.stdout.write(CONVERT_HELP); return 0; }
  const { inName, outName, xliff } = parseArgs(argv);
  const outExt = fileExtension(outName);
  let format = BY_EXT[outExt];
  if (!format) throw new UsageError(`${outName}: cannot write files ending in .${outExt || '(none)'}; use one of .xlf .xliff .tmx .po .csv .tsv .jsonl .txt`);
  if (resolve(io.cwd, inName) === resolve(io.cwd, outName)) throw new UsageError(`${outName}: the output is the input file; choose another output name so the input is not overwritten.`);
  const bytes = await readInputFile(inName, io.cwd, 'input file');
  let parsed;
  try {
    parsed = parseFileBytes(bytes, inName);
  } catch (e) {
    if (e instanceof ImportError) { io.stderr.write(`duizhao: ${e.message}\n`); return 2; }
    throw e;
  }
  for (const w of parsed.warnings) io.stderr.write(`warning: ${w}\n`);
  if (format === 'xliff12') {
    const v = xliff ?? (parsed.documents.some((d) => String(d.extra?.version ?? '').startsWith('2')) ? '2.1' : '1.2');
    format = v === '2.1' ? 'xliff21' : v === '2.0' ? 'xliff20' : 'xliff12';
  }
  const file = toExportFile({ ...parsed, sourceLang: parsed.sourceLang || 'en', targetLang: parsed.targetLang || 'zh-CN' });
  const text = format === 'dump' ? writeDump(file) : exportBilingual(format, file);
  try {
    await writeFile(resolve(io.cwd, outName), text, 'utf8');
  } catch (e) {
    throw new UsageError(`${outName}: cannot write the output (${(e as Error).message}). Check the folder exists and is writable.`);
  }
  const n = parsed.documents.reduce((s, d) => s + d.units.length, 0);
  io.stderr.write(`converted ${n} units in ${parsed.documents.length} document${parsed.documents.length === 1 ? '' : 's'}: ${inName} → ${outName}\n`);
  return 0;
}
