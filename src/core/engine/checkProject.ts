import type { CheckUnit } from '../checks/Check';
import type { Finding } from '../model/Finding';
import { checkDocument } from './checkDocument';
import type { EngineContext } from './createCheckContext';

export interface ProjectDocument {
  units: CheckUnit[];
}

/** Progress callback: units done so far and the total. Return false to cancel. */
export type ProjectProgress = (done: number, total: number) => boolean | void;

/**
 * Check every document of a project (each with its own `ctx.document`). Calls `progress`
 * after each document; when it returns false the run stops and returns what it found so
 * far. Findings are in document order, then unit order.
 */
export function checkProject(documents: ProjectDocument[], ctx: EngineContext, progress?: ProjectProgress): Finding[] {
  const total = documents.reduce((n, d) => n + d.units.length, 0);
  let done = 0;
  const out: Finding[] = [];
  for (const doc of documents) {
    const found = checkDocument(doc.units, ctx);
    for (let i = 0; i < found.length; i++) out.push(found[i]);
    done += doc.units.length;
    if (progress && progress(done, total) === false) break;
  }
  return out;
}
