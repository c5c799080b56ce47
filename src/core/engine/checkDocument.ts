import type { CheckUnit } from '../checks/Check';
import type { Finding } from '../model/Finding';
import { checkUnit } from './checkUnit';
import type { EngineContext } from './createCheckContext';

/**
 * Check the units of one document. The document is given to every check as
 * `ctx.document` (terminology consistency looks across it). Findings come unit by unit,
 * in document order, each unit's findings ordered as `checkUnit` orders them.
 */
export function checkDocument(units: CheckUnit[], ctx: EngineContext): Finding[] {
  const docCtx: EngineContext = { ...ctx, document: { units } };
  const out: Finding[] = [];
  for (const u of units) {
    const found = checkUnit(u, docCtx);
    for (let i = 0; i < found.length; i++) out.push(found[i]);
  }
  return out;
}
