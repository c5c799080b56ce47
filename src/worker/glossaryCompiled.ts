import { builtinTermbase, compileGlossary, type CompiledGlossary } from '../core/glossary';
import type { DuizhaoDB } from '../db';
import { loadProjectTermbases, loadTermbaseStamp } from '../db/glossary';

export interface CompiledProject {
  glossary: CompiledGlossary;
  entries: number;
  termbases: number;
}

let builtinOnly: Promise<CompiledProject> | null = null;
/** The last compiled project termbase (one project at a time: a 10,000-entry glossary is large). */
let last: { key: string; value: Promise<CompiledProject> } | null = null;

/**
 * The compiled glossary of a project: the built-in termbase plus its stored termbases.
 * Compiled once per termbase stamp (a small read of the termbase records): the entries are
 * loaded and compiled again only after an entry or a termbase changed.
 */
export async function compiledForProject(db: DuizhaoDB, projectId: number): Promise<CompiledProject> {
  const stamp = await loadTermbaseStamp(db, projectId);
  if (!stamp) {
    builtinOnly ??= Promise.resolve().then(() => {
      const tb = builtinTermbase();
      return { glossary: compileGlossary([tb]), entries: tb.concepts.length, termbases: 0 };
    });
    return builtinOnly;
  }
  const key = `${db.name}|${projectId}|${stamp}`;
  if (last?.key !== key) {
    const value = loadProjectTermbases(db, projectId).then((tb) => {
      const builtin = builtinTermbase();
      return {
        glossary: compileGlossary([builtin, ...tb.termbases]),
        entries: builtin.concepts.length + tb.termbases.reduce((n, t) => n + t.concepts.length, 0),
        termbases: tb.termbases.length,
      };
    });
    last = { key, value };
    // A failed load is not cached.
    value.catch(() => {
      if (last?.value === value) last = null;
    });
  }
  return last.value;
}
