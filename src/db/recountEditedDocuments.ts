import type { ExportUnit } from '../core/formats';
import { findingKey } from '../core/model';
import { checkUnitOf } from './checkUnitOf';
import type { CurrentUnit } from './CurrentUnit';
import type { DuizhaoDB } from './DuizhaoDB';
import { loadProjectTermbases } from './glossary/loadProjectTermbases';
import { openFindingCounts } from './openFindingCounts';
import type { DecisionRecord } from './records';

/**
 * The findings cache holds what the project's last full check found on the text as it was
 * then. Documents edited since are checked again here, with the project's termbases, and
 * their units' finding counts replaced, so an export counts the findings of the corrected
 * text, not of the machine translation it replaced. (The engine loads only when needed.)
 */
export async function recountEditedDocuments(
  db: DuizhaoDB,
  projectId: number,
  edited: ReadonlyMap<number, CurrentUnit[]>,
  decided: ReadonlyMap<string, DecisionRecord>,
  exportUnits: ReadonlyMap<number, ExportUnit>,
): Promise<void> {
  if (edited.size === 0) return;
  const [{ checkDocument, createCheckContext }, tb] = await Promise.all([import('../core/engine'), loadProjectTermbases(db, projectId)]);
  const ctx = createCheckContext(tb.termbases.length ? { termbases: tb.termbases } : {});
  for (const list of edited.values()) {
    const found = checkDocument(
      list.map((cu) => checkUnitOf(cu.unit, cu.source, cu.target)),
      ctx,
    );
    const counts = openFindingCounts(
      found.map((f) => ({ unitId: Number(f.unitId), key: findingKey(f), severity: f.severity })),
      decided,
    );
    for (const cu of list) {
      const eu = exportUnits.get(cu.unit.id);
      if (!eu) continue;
      const c = counts.get(cu.unit.id);
      if (c) eu.findingCounts = c;
      else delete eu.findingCounts;
    }
  }
}
