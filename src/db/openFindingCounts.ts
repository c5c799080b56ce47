import type { DecisionRecord } from './records';

/**
 * Open findings per unit and severity, as exports count them: findings dismissed or applied
 * (the newest decision on their key) are left out.
 */
export function openFindingCounts(
  findings: Iterable<{ unitId: number; key: string; severity?: string }>,
  decided: ReadonlyMap<string, DecisionRecord>,
  into: Map<number, Record<string, number>> = new Map(),
): Map<number, Record<string, number>> {
  for (const f of findings) {
    const action = decided.get(f.key)?.action;
    if (action === 'dismissed' || action === 'applied') continue;
    const sev = String(f.severity ?? 'minor');
    let c = into.get(f.unitId);
    if (!c) into.set(f.unitId, (c = {}));
    c[sev] = (c[sev] ?? 0) + 1;
  }
  return into;
}
