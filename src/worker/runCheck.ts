import { checkDocument, createCheckContext, type EngineContext } from '../core/engine';
import type { Termbase } from '../core/glossary';
import type { DuizhaoDB } from '../db';
import { loadProjectTermbases } from '../db/glossary';
import { NEEDS_TERMBASES, type CheckRequest, type CheckResponse } from './checkProtocol';

/**
 * The one compiled context this worker holds (a 10,000-entry termbase is large): keyed
 * `sent:<key>` for termbases sent with a request, `stored:<db>|<project>|<key>` for those
 * read from IndexedDB. A failed read or compile is not kept.
 */
let held: { key: string; ctx: Promise<EngineContext> } | null = null;

function hold(key: string, make: () => Promise<EngineContext>): Promise<EngineContext> {
  if (held?.key === key) return held.ctx;
  const ctx = make();
  const mine = { key, ctx };
  held = mine;
  ctx.catch(() => {
    if (held === mine) held = null;
  });
  return ctx;
}

function compile(termbases: readonly Termbase[]): EngineContext {
  return createCheckContext(termbases.length ? { termbases: [...termbases] } : {});
}

/**
 * Checks one document's units with the built-in termbase plus the project's termbases,
 * compiled once per worker and again only when `termbaseKey` changes. With `req.project`
 * the termbases are read here from `db` (the worker's own connection to that database: the
 * main thread never loads the entries); read after the key was taken, so they are at least
 * as new as it. Otherwise they come with the request; one that names a key this worker does
 * not hold, without sending them, gets NEEDS_TERMBASES.
 */
export async function runCheck(req: CheckRequest, db?: DuizhaoDB): Promise<CheckResponse> {
  const t0 = performance.now();
  try {
    const key = req.termbaseKey ?? '';
    let ctx: Promise<EngineContext>;
    if (req.project && key !== '') {
      if (!db) throw new Error(`no connection to the database ${req.project.dbName}`);
      const { projectId } = req.project;
      ctx = hold(`stored:${db.name}|${projectId}|${key}`, async () => compile((await loadProjectTermbases(db, projectId)).termbases));
    } else if (held?.key === `sent:${key}` || key === '' || req.termbases) {
      const termbases = req.termbases ?? [];
      ctx = hold(`sent:${key}`, () => Promise.resolve().then(() => compile(termbases)));
    } else {
      return { id: req.id, ok: false, error: NEEDS_TERMBASES };
    }
    const findings = checkDocument(req.units, await ctx);
    return { id: req.id, ok: true, findings, ms: performance.now() - t0 };
  } catch (err) {
    return { id: req.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
