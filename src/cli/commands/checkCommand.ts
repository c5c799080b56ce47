import { CHECKS } from '../../core/checks/registry';
import { checkDocument, createCheckContext, toCheckUnit } from '../../core/engine';
import { parseFileBytes } from '../../core/formats';
import type { Termbase } from '../../core/glossary';
import { ImportError, SEVERITY_RANK, type Finding, type ParsedFile } from '../../core/model';
import type { CliIO } from '../CliIO';
import { loadTermbaseFile } from '../loadTermbaseFile';
import type { CheckReport, ReportUnit } from '../output/CheckReport';
import { formatJson } from '../output/formatJson';
import { formatJunit } from '../output/formatJunit';
import { formatTextChunks } from '../output/formatText';
import { readInputFile } from '../readInputFile';
import { readStdin, stdinFileName } from '../readStdin';
import { FindingStream } from '../output/FindingStream';
import { UsageError } from '../UsageError';
import { version } from '../version';
import { parseCheckArgs } from './parseCheckArgs';

export const CHECK_HELP = `Usage: duizhao check FILE [options]

Check the Chinese machine translation in FILE and report the findings.

FILE   a duizhao dump (.txt: blocks each followed by "translated by <engine>"),
       a table with the header id,source,target (.tsv / .csv), JSON lines with
       id, source and target (.jsonl), or any other format duizhao imports;
       - reads standard input (format recognised from the content)

Options
  --glossary FILE        also use this termbase: JSON (format of
                         seeds/termbase-ml.json), TBX, or CSV/TSV with columns
                         such as en,zh,status; repeatable; later ones win
  --no-default-glossary  do not use the built-in EN→ZH machine-learning termbase
  --format text|json|junit|jsonl
                         text for people (default), json for scripts, junit for CI,
                         jsonl: one finding per line, streamed as each document is
                         checked, then a {"summary":…} line (large corpora)
  --fail-on minor|major|critical
                         exit with code 1 when a finding has this severity or a
                         higher one; without it the exit code ignores findings
  --only ID[,ID…]        run only these checks (repeatable)
  --disable ID[,ID…]     skip these checks (repeatable)
  -h, --help             show this help

Exit codes: 0 done · 1 a finding reached --fail-on · 2 bad input (message on stderr)
            70 internal error (a bug: please report it)
`;

/** `duizhao check`: parse the file, run the engine document by document, print the report. */
export async function checkCommand(argv: string[], io: CliIO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(CHECK_HELP + checkList());
    return 0;
  }
  const args = parseCheckArgs(argv, CHECKS.map((c) => c.id));
  const fromStdin = args.file === '-';
  const bytes = fromStdin ? await readStdin(io.stdin) : await readInputFile(args.file, io.cwd);
  let parsed: ParsedFile;
  try {
    parsed = parseFileBytes(bytes, fromStdin ? stdinFileName(bytes) : args.file);
  } catch (e) {
    if (e instanceof ImportError) throw new UsageError(e.message);
    throw e;
  }
  const termbases: Termbase[] = [];
  for (let i = 0; i < args.glossaries.length; i++) termbases.push(await loadTermbaseFile(args.glossaries[i], io.cwd, i));
  if (!args.defaultGlossary && termbases.length === 0) {
    io.stderr.write('duizhao: note: no termbase in use (--no-default-glossary without --glossary): terminology checks find nothing.\n');
  }
  const ctx = createCheckContext({ termbases, builtin: args.defaultGlossary, only: args.only ?? undefined, disable: args.disable });
  if (args.format === 'jsonl') {
    for (const w of parsed.warnings) io.stderr.write(`duizhao: warning: ${w}\n`);
    const stream = new FindingStream((t) => write(io.stdout, t), args.file, args.failOn);
    for (const doc of parsed.documents) await stream.document(doc, doc.units.length, checkDocument(doc.units.map(toCheckUnit), ctx));
    return (await stream.end()) > 0 ? 1 : 0;
  }
  const units: ReportUnit[] = [];
  const findings: Finding[] = [];
  for (const doc of parsed.documents) {
    const cus = doc.units.map(toCheckUnit);
    for (const u of doc.units) units.push({ id: u.id, source: u.source, target: u.target, document: doc, engine: u.engine });
    const found = checkDocument(cus, ctx);
    for (const f of found) findings.push(f);
  }
  for (const w of parsed.warnings) io.stderr.write(`duizhao: warning: ${w}\n`);
  const report: CheckReport = { file: args.file, version: version(), units, findings, failOn: args.failOn };
  if (args.format === 'text') {
    for (const chunk of formatTextChunks(report)) await write(io.stdout, chunk);
  } else {
    await write(io.stdout, args.format === 'json' ? formatJson(report) : formatJunit(report));
  }
  if (args.failOn) {
    const limit = SEVERITY_RANK[args.failOn];
    if (findings.some((f) => SEVERITY_RANK[f.severity] >= limit)) return 1;
  }
  return 0;
}

/** The registered checks, for --help: id, default severity, description. */
function checkList(): string {
  const width = Math.max(...CHECKS.map((c) => c.id.length));
  return '\nChecks (in report order)\n' + CHECKS.map((c) => `  ${c.id.padEnd(width)}  ${c.defaultSeverity.padEnd(8)} ${c.description}`).join('\n') + '\n';
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (err) => (err && (err as NodeJS.ErrnoException).code !== 'EPIPE' ? reject(err) : resolve()));
  });
}
