import type { Severity } from '../../core/model';
import { UsageError } from '../UsageError';

export type OutputFormat = 'text' | 'json' | 'junit' | 'jsonl';

export interface CheckArgs {
  file: string;
  glossaries: string[];
  defaultGlossary: boolean;
  format: OutputFormat;
  failOn: Severity | null;
  /** Run only these check ids (null: all). */
  only: string[] | null;
  /** Skip these check ids. */
  disable: string[];
}

const FORMATS: OutputFormat[] = ['text', 'json', 'junit', 'jsonl'];
const FAIL_ON: Severity[] = ['minor', 'major', 'critical'];

/**
 * Parse `check FILE [--glossary FILE]... [--no-default-glossary] [--format F] [--fail-on S]
 * [--only ID,…] [--disable ID,…]`. `knownChecks` validates check ids.
 */
export function parseCheckArgs(argv: string[], knownChecks: string[] = []): CheckArgs {
  const out: CheckArgs = { file: '', glossaries: [], defaultGlossary: true, format: 'text', failOn: null, only: null, disable: [] };
  const ids = (v: string, opt: string): string[] => {
    const list = v.split(',').map((x) => x.trim()).filter(Boolean);
    const unknown = knownChecks.length ? list.filter((x) => !knownChecks.includes(x)) : [];
    if (unknown.length || list.length === 0)
      throw new UsageError(`${opt}: unknown check ${unknown.length ? unknown.map((x) => `"${x}"`).join(', ') : '(none given)'}. Checks: ${knownChecks.join(', ')}.`);
    return list;
  };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value. See \`duizhao check --help\`.`);
      return v;
    };
    switch (name) {
      case '--glossary':
      case '-g':
        out.glossaries.push(value());
        break;
      case '--no-default-glossary':
        out.defaultGlossary = false;
        break;
      case '--format':
      case '-f': {
        const v = value();
        if (!FORMATS.includes(v as OutputFormat)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${v}").`);
        out.format = v as OutputFormat;
        break;
      }
      case '--fail-on': {
        const v = value();
        if (!FAIL_ON.includes(v as Severity)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')} (got "${v}").`);
        out.failOn = v as Severity;
        break;
      }
      case '--only':
        out.only = [...(out.only ?? []), ...ids(value(), '--only')];
        break;
      case '--disable':
        out.disable.push(...ids(value(), '--disable'));
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}. See \`duizhao check --help\`.`);
        files.push(a);
    }
  }
  if (files.length === 0) throw new UsageError('no file to check. Usage: duizhao check FILE [options]; see `duizhao check --help`.');
  if (files.length > 1) throw new UsageError(`one file at a time, got ${files.length} (${files.join(', ')}). Run duizhao check once per file.`);
  out.file = files[0];
  return out;
}
