import type { DuizhaoDB } from '../DuizhaoDB';
import type { DecisionRecord } from '../records';

/** The current decision per finding key for some units (newest record wins; 'open' ones left out). */
export async function currentDecisions(db: DuizhaoDB, unitIds: readonly number[]): Promise<Map<string, DecisionRecord>> {
  const out = new Map<string, DecisionRecord>();
  if (!unitIds.length) return out;
  const rows = await db.decisions.where('unitId').anyOf(unitIds as number[]).toArray();
  rows.sort((a, b) => a.id - b.id);
  for (const r of rows) out.set(r.findingKey, r);
  for (const [k, r] of out) if (!r.action || r.action === 'open') out.delete(k);
  return out;
}
