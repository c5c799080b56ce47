import type { Termbase } from '../core/glossary';
import { ImportError } from '../core/model';
import { UsageError } from './UsageError';
import { readInputFile } from './readInputFile';

/** Priority of termbases given with --glossary: above the built-in (0). */
const USER_PRIORITY = 10;

/**
 * Load a termbase named with `--glossary`. JSON in the built-in format
 * (`seeds/termbase-ml.json`: `{id, name, priority, concepts: Concept[]}`) is read here.
 *
 * Hook for other formats (TBX, CSV/TSV): if `src/core/formats` exports
 * `parseTermbaseBytes(bytes, fileName): Termbase`, it is used for every non-JSON
 * extension; otherwise `parseTbx(text, fileName)` for .tbx and `parseTermbaseCsv(text,
 * fileName)` for .csv/.tsv, when present. Anything else is a clear exit-2 error.
 */
export async function loadTermbaseFile(name: string, cwd: string, index: number): Promise<Termbase> {
  const bytes = await readInputFile(name, cwd, 'termbase file');
  const ext = name.toLowerCase().split('.').pop() ?? '';
  let tb: Termbase;
  try {
    tb = ext === 'json' ? parseJsonTermbase(bytes, name) : await parseOtherTermbase(bytes, name, ext);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    if (e instanceof ImportError) throw new UsageError(`termbase ${e.message}`);
    throw new UsageError(`${name}: cannot read this termbase (${(e as Error).message}).`);
  }
  return {
    ...tb,
    id: tb.id || `glossary-${index + 1}`,
    name: tb.name || name,
    priority: typeof tb.priority === 'number' && tb.priority > 0 ? tb.priority : USER_PRIORITY + index,
  };
}

function parseJsonTermbase(bytes: Uint8Array, name: string): Termbase {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError(`${name}: is not valid JSON (${(e as Error).message}). Fix the file, or give a termbase in the duizhao JSON format (see seeds/termbase-ml.json).`);
  }
  const problem = termbaseShapeProblem(data);
  if (problem) throw new UsageError(`${name}: is not a duizhao termbase: ${problem}. See seeds/termbase-ml.json for the format.`);
  return data as Termbase;
}

/** First structural problem of a JSON termbase, or '' when it has the expected shape. */
export function termbaseShapeProblem(data: unknown): string {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'expected an object with a "concepts" array';
  const concepts = (data as { concepts?: unknown }).concepts;
  if (!Array.isArray(concepts)) return 'the "concepts" array is missing';
  for (let i = 0; i < concepts.length; i++) {
    const c = concepts[i] as { id?: unknown; en?: unknown; zh?: unknown } | null;
    const where = `concept ${i + 1}${c && typeof c.id === 'string' ? ` ("${c.id}")` : ''}`;
    if (!c || typeof c !== 'object') return `${where} is not an object`;
    if (typeof c.id !== 'string' || !c.id) return `${where} has no "id"`;
    if (!Array.isArray(c.en) || c.en.some((t) => !t || typeof (t as { text?: unknown }).text !== 'string'))
      return `${where} needs "en": [{"text": …}]`;
    if (!Array.isArray(c.zh) || c.zh.some((t) => !t || typeof (t as { text?: unknown }).text !== 'string'))
      return `${where} needs "zh": [{"text": …, "status": …}]`;
  }
  return '';
}

type FormatsModule = Record<string, unknown>;

async function parseOtherTermbase(bytes: Uint8Array, name: string, ext: string): Promise<Termbase> {
  // a literal specifier, so that the prebuilt CLI holds the module (a computed one was left to
  // Node at run time, which looked for it next to the bundle: every CSV/TBX termbase failed)
  const formats = (await import('../core/formats/index.ts')) as FormatsModule;
  if (typeof formats.parseTermbaseBytes === 'function') {
    return (formats.parseTermbaseBytes as (b: Uint8Array, n: string) => Termbase)(bytes, name);
  }
  const decode = formats.decodeText as (b: Uint8Array, n: string) => string;
  if (ext === 'tbx' && typeof formats.parseTbx === 'function') {
    return (formats.parseTbx as (t: string, n: string) => Termbase)(decode(bytes, name), name);
  }
  if ((ext === 'csv' || ext === 'tsv') && typeof formats.parseTermbaseCsv === 'function') {
    return (formats.parseTermbaseCsv as (t: string, n: string) => Termbase)(decode(bytes, name), name);
  }
  throw new UsageError(
    `${name}: termbases ending in .${ext} are not supported by this build. Give a JSON termbase (format of seeds/termbase-ml.json)${ext === 'tbx' || ext === 'csv' || ext === 'tsv' ? ', or convert it with `duizhao glossary IN OUT.json`' : ''}.`,
  );
}
