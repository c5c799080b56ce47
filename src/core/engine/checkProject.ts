import type { CheckUnit } from '../checks/Check';
import { findInconsistencies } from '../checks/terminologyInconsistent';
import { glossaryOf } from '../glossary';
import type { Finding } from '../model/Finding';
import { checkUnit } from './checkUnit';
import type { EngineContext } from './createCheckContext';
import { orderFindings } from './orderFindings';

export interface ProjectDocument {
  units: CheckUnit[];
}

/** Progress callback: units done so far and the total. Return false to cancel. */
export type ProjectProgress = (done: number, total: number) => boolean | void;

export interface ProjectOptions {
  progress?: ProjectProgress;
  /**
   * Also report terms rendered differently in different documents (terminology.inconsistent
   * over the whole project), besides within each document. Off by default.
   */
  crossDocument?: boolean;
}

/**
 * Check every document of a project (each with its own `ctx.document`). Calls `progress`
 * after each document; when it returns false the run stops and returns what it found so
 * far. Findings are in document order, then unit order, each unit's ordered as
 * `checkUnit` orders them. Accepts a progress callback directly (older signature).
 */
export function checkProject(documents: ProjectDocument[], ctx: EngineContext, opts?: ProjectOptions | ProjectProgress): Finding[] {
  const options: ProjectOptions = typeof opts === 'function' ? { progress: opts } : (opts ?? {});
  const total = documents.reduce((n, d) => n + d.units.length, 0);
  const extra = options.crossDocument ? projectInconsistencies(documents, ctx) : undefined;
  let done = 0;
  const out: Finding[] = [];
  for (const doc of documents) {
    const docCtx: EngineContext = { ...ctx, document: { units: doc.units } };
    for (const u of doc.units) {
      let found = checkUnit(u, docCtx);
      const more = extra?.get(u);
      if (more?.length) {
        const have = new Set(found.filter((f) => f.check === 'terminology.inconsistent').map((f) => `${f.target?.start}:${f.target?.end}`));
        const added = more.filter((f) => !have.has(`${f.target?.start}:${f.target?.end}`));
        if (added.length) found = orderFindings([...found, ...added], ctx.rank);
      }
      for (let i = 0; i < found.length; i++) out.push(found[i]);
    }
    done += doc.units.length;
    if (options.progress && options.progress(done, total) === false) break;
  }
  return out;
}

/** terminology.inconsistent over all units of the project, by unit object. */
function projectInconsistencies(documents: ProjectDocument[], ctx: EngineContext): Map<CheckUnit, Finding[]> {
  const byUnit = new Map<CheckUnit, Finding[]>();
  const g = glossaryOf(ctx);
  if (!g || !ctx.checks.some((c) => c.id === 'terminology.inconsistent')) return byUnit;
  const units = documents.flatMap((d) => d.units);
  const byId = new Map<string, CheckUnit[]>();
  for (const u of units) {
    const list = byId.get(u.id);
    if (list) list.push(u);
    else byId.set(u.id, [u]);
  }
  for (const f of findInconsistencies(units, g)) {
    // Findings name units by id; ids may repeat across documents, so match the text too.
    const owner = (byId.get(f.unitId) ?? []).find((u) => !f.target || u.target.slice(f.target.start, f.target.end) === f.target.text);
    if (!owner) continue;
    const list = byUnit.get(owner);
    if (list) list.push(f);
    else byUnit.set(owner, [f]);
  }
  return byUnit;
}
