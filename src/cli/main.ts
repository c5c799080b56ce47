import type { CliIO } from './CliIO';
import { CHECK_HELP, checkCommand } from './commands/checkCommand';
import { UsageError } from './UsageError';
import { version } from './version';

export type { CliIO } from './CliIO';

const HELP = `duizhao (对照) — review English→Chinese machine translation of ML text

Usage
  duizhao check FILE [--glossary FILE]... [--no-default-glossary]
                     [--format text|json|junit] [--fail-on minor|major|critical]
  duizhao convert IN OUT [--xliff-version 1.2|2.1]
  duizhao glossary IN OUT | duizhao glossary --builtin OUT
  duizhao learn CORRECTED.xlf OUT.tbx [--glossary FILE]... [--min-count N]
  duizhao --help | --version

Commands
  check     flag mistranslated terms, untranslated text, numbers, punctuation …
  convert   convert between dump, TSV/CSV, JSONL, XLIFF, TMX and PO files
  glossary  convert termbases (TBX, CSV/TSV, JSON) or export the built-in one
  learn     derive termbase entries from a corrected XLIFF (MT kept as alt-trans)

Run \`duizhao COMMAND --help\` for a command's options.
`;

type Command = (argv: string[], io: CliIO) => Promise<number>;

/**
 * Commands loaded on demand (`check` is the common one). Literal imports, so that a bundler
 * (the prebuilt CLI, see cliBundle.mjs) includes them.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  convert: () => import('./commands/convert.ts').then((m) => m.convertCommand),
  glossary: () => import('./commands/glossary.ts').then((m) => m.glossaryCommand),
  learn: () => import('./commands/learn.ts').then((m) => m.learnCommand),
};

/**
 * The CLI, testable in-process: `main(argv, io)` resolves to the exit code (0 ok, 1 a
 * finding reached --fail-on, 2 bad input). Nothing is written outside `io`.
 */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      if (cmd === 'help' && rest[0] === 'check') io.stdout.write(CHECK_HELP);
      else io.stdout.write(HELP);
      return cmd === undefined ? 2 : 0;
    }
    if (cmd === '--version' || cmd === '-v' || cmd === 'version') {
      io.stdout.write(`duizhao ${version()}\n`);
      return 0;
    }
    if (cmd === 'check') return await checkCommand(rest, io);
    const load = Object.hasOwn(COMMANDS, cmd) ? COMMANDS[cmd] : undefined;
    if (load) return await (await load())(rest, io);
    io.stderr.write(`duizhao: unknown command "${cmd}". Commands: check, convert, glossary, learn. See \`duizhao --help\`.\n`);
    return 2;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`duizhao: ${e.message}\n`);
      return 2;
    }
    io.stderr.write(`duizhao: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\nPlease report this with the command you ran.\n`);
    return 70;
  }
}
