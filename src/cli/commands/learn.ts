import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { exportTermbase, parseFileBytes, TERMBASE_EXPORT_EXTENSIONS } from '../../core/formats';
import { builtinTermbase, compileGlossary, type Concept, type Termbase } from '../../core/glossary';
import { candidateToConcept, extractCandidates, type Correction } from '../../core/learn';
import { ImportError, type ParsedFile } from '../../core/model';
import type { CliIO } from '../CliIO';
import { loadTermbaseFile } from '../loadTermbaseFile';
import { readInputFile } from '../readInputFile';
import { UsageError } from '../UsageError';

export const LEARN_HELP = `Usage: duizhao learn CORRECTED OUT [--glossary FILE]... [--no-default-glossary]
                     [--min-count N] [--include-known]

Derives termbase entries from a corrected bilingual file: every unit whose target differs
from the machine translation kept beside it (XLIFF <alt-trans origin="mt">, XLIFF 2 mtc
match, as duizhao's Export writes) is a correction; terminology changes (培训 → 训练)
become entries: English term, corrected rendering preferred, machine rendering forbidden,
with the units as evidence.
  CORRECTED  .xlf/.xliff (1.2 or 2.x), .tmx, .po … (any format \`duizhao convert\` reads)
  OUT        ${TERMBASE_EXPORT_EXTENSIONS.map((e) => `.${e}`).join('  ')}
  --glossary FILE        also use this termbase to link Chinese to English (repeatable)
  --no-default-glossary  do not use the built-in ML termbase
  --min-count N          keep candidates seen in at least N units (default 1)
  --include-known        also write entries the termbases already hold
`;

interface LearnArgs {
  input: string;
  output: string;
  glossaries: string[];
  builtin: boolean;
  minCount: number;
  includeKnown: boolean;
}

function parseArgs(argv: string[]): LearnArgs {
  const files: string[] = [];
  const glossaries: string[] = [];
  let builtin = true;
  let minCount = 1;
  let includeKnown = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--glossary') {
      const v = argv[++i];
      if (!v) throw new UsageError(`learn: --glossary needs a termbase file.\n${LEARN_HELP}`);
      glossaries.push(v);
    } else if (a === '--no-default-glossary') builtin = false;
    else if (a === '--include-known') includeKnown = true;
    else if (a === '--min-count') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`learn: --min-count needs a whole number of at least 1.\n${LEARN_HELP}`);
      minCount = n;
    } else if (a.startsWith('-')) throw new UsageError(`learn: unknown option ${a}.\n${LEARN_HELP}`);
    else files.push(a);
  }
  if (files.length !== 2) throw new UsageError(`learn needs a corrected file and an output termbase file.\n${LEARN_HELP}`);
  return { input: files[0], output: files[1], glossaries, builtin, minCount, includeKnown };
}

/** Units whose target differs from the machine translation kept in `extra.mt`. */
export function correctionsFromFile(file: ParsedFile): { corrections: Correction[]; label: Map<string, string> } {
  const corrections: Correction[] = [];
  const label = new Map<string, string>();
  const many = file.documents.length > 1;
  file.documents.forEach((d, di) =>
    d.units.forEach((u) => {
      const mt = typeof u.extra?.mt === 'string' ? (u.extra.mt as string) : undefined;
      if (!mt?.trim() || !u.target.trim() || mt === u.target) return;
      const key = `${di}:${u.id}`;
      label.set(key, many ? `${d.name || `document ${di + 1}`} unit ${u.id}` : `unit ${u.id}`);
      corrections.push({ unitId: key, source: u.source, mt, corrected: u.target });
    }),
  );
  return { corrections, label };
}

/** `duizhao learn CORRECTED OUT`: 0 when entries were written, 2 on bad input or nothing to learn. */
export async function learnCommand(argv: string[], io: CliIO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(LEARN_HELP);
    return 0;
  }
  const args = parseArgs(argv);
  if (resolve(io.cwd, args.input) === resolve(io.cwd, args.output)) throw new UsageError(`${args.output}: the output is the input file; choose another output name.`);
  const ext = args.output.toLowerCase().split('.').pop() ?? '';
  if (!TERMBASE_EXPORT_EXTENSIONS.includes(ext)) throw new UsageError(`${args.output}: cannot write a termbase as .${ext}; use ${TERMBASE_EXPORT_EXTENSIONS.map((e) => `.${e}`).join(', ')}.`);
  const bytes = await readInputFile(args.input, io.cwd, 'corrected file');
  let file: ParsedFile;
  try {
    file = parseFileBytes(bytes, args.input);
  } catch (e) {
    if (e instanceof ImportError) {
      io.stderr.write(`duizhao: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const { corrections, label } = correctionsFromFile(file);
  if (corrections.length === 0) {
    io.stderr.write(
      `duizhao: ${args.input}: no corrections found. learn needs the machine translation kept beside each corrected target (XLIFF <alt-trans origin="mt">, as duizhao's Export writes); export the reviewed project as XLIFF and try again.\n`,
    );
    return 2;
  }
  const termbases: Termbase[] = args.builtin ? [builtinTermbase()] : [];
  for (let i = 0; i < args.glossaries.length; i++) termbases.push(await loadTermbaseFile(args.glossaries[i], io.cwd, i));
  const glossary = termbases.length ? compileGlossary(termbases) : null;
  const candidates = extractCandidates(corrections, glossary);
  const concepts: Concept[] = [];
  const used = new Set<string>();
  for (const c of candidates) {
    const what = `${c.en || '?'}: ${c.wrong} → ${c.right} (${c.count} ${c.count === 1 ? 'unit' : 'units'})`;
    if (c.count < args.minCount) continue;
    if (c.known && !args.includeKnown) {
      io.stderr.write(`known    ${what}: the termbase already says so\n`);
      continue;
    }
    try {
      const concept = candidateToConcept({ ...c, evidence: c.evidence.map((id) => label.get(id) ?? id) });
      let id = concept.id;
      for (let n = 2; used.has(id); n++) id = `${concept.id}-${n}`;
      used.add(id);
      concepts.push({ ...concept, id });
      io.stderr.write(`learned  ${what}${c.conflict?.length ? ` — conflict: reviewers also chose ${c.conflict.join(', ')}` : ''}\n`);
    } catch (e) {
      io.stderr.write(`skipped  ${what}: ${(e as Error).message}\n`);
    }
  }
  if (concepts.length === 0) {
    io.stderr.write(`duizhao: ${args.input}: ${corrections.length} corrected units, but no new terminology to learn; nothing was written.\n`);
    return 2;
  }
  const name = args.input.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const text = exportTermbase({ id: `learned:${name}`, name: `Learned from ${name}`, priority: 100, concepts }, args.output);
  try {
    await writeFile(resolve(io.cwd, args.output), text, 'utf8');
  } catch (e) {
    throw new UsageError(`${args.output}: cannot write the output (${(e as Error).message}). Check the folder exists and is writable.`);
  }
  io.stderr.write(`wrote ${concepts.length} learned ${concepts.length === 1 ? 'entry' : 'entries'} from ${corrections.length} corrected units to ${args.output}\n`);
  return 0;
}
