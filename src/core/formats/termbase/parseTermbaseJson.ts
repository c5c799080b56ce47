import type { Concept, Termbase } from '../../glossary/Termbase';
import { ImportError } from '../../model/ImportError';
import { IMPORTED_TERMBASE_PRIORITY, type ParsedTermbase } from '../tbx/parseTbx';

const STATUSES = new Set(['preferred', 'admitted', 'forbidden']);

/** duizhao's own JSON termbase (the `Termbase` shape, as in seeds/termbase-ml.json), checked entry by entry. */
export function parseTermbaseJson(text: string, fileName: string): ParsedTermbase {
  let v: unknown;
  try {
    v = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ImportError(fileName, `not valid JSON (${(e as Error).message}); a termbase is {"name": …, "concepts": [{"id", "en": [{"text"}], "zh": [{"text", "status"}]}]}`);
  }
  const o = (Array.isArray(v) ? { concepts: v } : v) as Partial<Termbase> | null;
  if (!o || typeof o !== 'object' || !Array.isArray(o.concepts)) {
    throw new ImportError(fileName, 'expected an object with a "concepts" array (the duizhao termbase format)');
  }
  o.concepts.forEach((c: Partial<Concept>, i: number) => {
    const where = `concept ${i + 1}${c && typeof c.id === 'string' ? ` ("${c.id}")` : ''}`;
    if (!c || typeof c !== 'object' || typeof c.id !== 'string') throw new ImportError(fileName, `${where} has no string "id"`);
    if (!Array.isArray(c.en) || c.en.some((e) => !e || typeof e.text !== 'string')) throw new ImportError(fileName, `${where}: "en" must be a list of {"text": "…"}`);
    if (!Array.isArray(c.zh) || c.zh.some((z) => !z || typeof z.text !== 'string' || !STATUSES.has(z.status))) {
      throw new ImportError(fileName, `${where}: "zh" must be a list of {"text": "…", "status": "preferred" | "admitted" | "forbidden"}`);
    }
  });
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const termbase: Termbase = {
    id: typeof o.id === 'string' ? o.id : `imported:${fileName}`,
    name: typeof o.name === 'string' ? o.name : name,
    priority: typeof o.priority === 'number' ? o.priority : IMPORTED_TERMBASE_PRIORITY,
    concepts: o.concepts as Concept[],
  };
  return { termbase, warnings: [] };
}
