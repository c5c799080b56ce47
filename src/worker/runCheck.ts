import { checkDocument, createCheckContext, type EngineContext } from '../core/engine';
import type { CheckRequest, CheckResponse } from './checkProtocol';

let ctx: EngineContext | null = null;

/** Checks one document's units with the built-in termbase (compiled once per worker). */
export function runCheck(req: CheckRequest): CheckResponse {
  const t0 = performance.now();
  try {
    ctx ??= createCheckContext();
    const findings = checkDocument(req.units, ctx);
    return { id: req.id, ok: true, findings, ms: performance.now() - t0 };
  } catch (err) {
    return { id: req.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
