import type { DocumentRecord, UnitRecord } from '../records';

/** "unit 3 · 强化学习(RL)涉及…" — how a unit is named in lists and exports. */
export function unitLabel(cu: { unit: Pick<UnitRecord, 'extId'> }, doc: Pick<DocumentRecord, 'title' | 'unitCount'> | undefined): string {
  const title = doc?.title ?? '';
  const short = title.length > 18 ? `${title.slice(0, 18)}…` : title;
  return doc && doc.unitCount > 1 ? `unit ${cu.unit.extId} · ${short}` : `unit ${cu.unit.extId}${short ? ` · ${short}` : ''}`;
}
