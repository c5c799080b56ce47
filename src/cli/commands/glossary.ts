import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { exportTermbase, parseTermbaseFile, TERMBASE_EXPORT_EXTENSIONS } from '../../core/formats';
import { builtinTermbase } from '../../core/glossary';
import type { Termbase } from '../../core/glossary';
import { ImportError } from '../../core/model';
import type { CliIO } from '../CliIO';
import { readInputFile } from '../readInputFile';
import { UsageError } from '../UsageError';

export const GLOSSARY_HELP = `Usage: duizhao glossary IN OUT
       duizhao glossary --builtin OUT

Convert a termbase; formats come from the extensions:
  in:  .tbx (TBX v3 / TBX 2008)  .csv  .tsv (header row: en, zh, status, note…)  .json
       .txt/.md ("中文，english" one pair per line)
  out: ${TERMBASE_EXPORT_EXTENSIONS.map((e) => `.${e}`).join('  ')}
--builtin writes duizhao's built-in machine-learning termbase.
`;

/** `duizhao glossary IN OUT` / `--builtin OUT`: 0 on success, 2 on bad input. */
export async function glossaryCommand(argv: string[], io: CliIO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) { io.stdout.write(GLOSSARY_HELP); return 0; }
  const builtin = argv.includes('--builtin');
  const unknown = argv.find((a) => a.startsWith('-') && a !== '--builtin');
  if (unknown) throw new UsageError(`glossary: unknown option ${unknown}.\n${GLOSSARY_HELP}`);
  const files = argv.filter((a) => !a.startsWith('-'));
  if (files.length !== (builtin ? 1 : 2)) {
    throw new UsageError(builtin ? `glossary --builtin needs exactly one output file.\n${GLOSSARY_HELP}` : `glossary needs an input and an output termbase file.\n${GLOSSARY_HELP}`);
  }
  const outName = files[files.length - 1];
  let tb: Termbase;
  if (builtin) tb = builtinTermbase();
  else {
    if (resolve(io.cwd, files[0]) === resolve(io.cwd, outName)) throw new UsageError(`${outName}: the output is the input file; choose another output name.`);
    const bytes = await readInputFile(files[0], io.cwd, 'termbase file');
    try {
      const r = parseTermbaseFile(bytes, files[0]);
      for (const w of r.warnings) io.stderr.write(`warning: ${w}\n`);
      tb = r.termbase;
    } catch (e) {
      if (e instanceof ImportError) { io.stderr.write(`duizhao: ${e.message}\n`); return 2; }
      throw e;
    }
  }
  let text: string;
  try {
    text = exportTermbase(tb, outName);
  } catch (e) {
    if (e instanceof ImportError) throw new UsageError(e.message);
    throw e;
  }
  try {
    await writeFile(resolve(io.cwd, outName), text, 'utf8');
  } catch (e) {
    throw new UsageError(`${outName}: cannot write the output (${(e as Error).message}). Check the folder exists and is writable.`);
  }
  io.stderr.write(`wrote ${tb.concepts.length} concepts (${tb.name}) to ${outName}\n`);
  return 0;
}
