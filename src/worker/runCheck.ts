import { checkDocument, createCheckContext, type EngineContext } from '../core/engine';
import { NEEDS_TERMBASES, type CheckRequest, type CheckResponse } from './checkProtocol';

let ctx: EngineContext | null = null;
let ctxKey = '';

/**
 * Checks one document's units with the built-in termbase plus the project's termbases
 * (compiled once per worker, again only when `termbaseKey` changes). A request that names
 * a key this worker does not hold, without sending the termbases, gets NEEDS_TERMBASES.
 */
export function runCheck(req: CheckRequest): CheckResponse {
  const t0 = performance.now();
  try {
    const key = req.termbaseKey ?? '';
    if (!ctx || key !== ctxKey) {
      if (key !== '' && !req.termbases) return { id: req.id, ok: false, error: NEEDS_TERMBASES };
      ctx = createCheckContext(req.termbases?.length ? { termbases: req.termbases } : {});
      ctxKey = key;
    }
    const findings = checkDocument(req.units, ctx);
    return { id: req.id, ok: true, findings, ms: performance.now() - t0 };
  } catch (err) {
    return { id: req.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
