import type { CheckUnit } from '../../core/checks/Check';
import type { Finding } from '../../core/model';
import { checkUnitOf, type CurrentUnit } from '../../db';
import { checkOffThread, type CheckTermbases } from '../review';

function toCheckUnit(cu: CurrentUnit): CheckUnit {
  return checkUnitOf(cu.unit, cu.source, cu.target);
}

/**
 * Re-checks every document of a project with its termbases (stored ones are read by the
 * engine, not on the main thread), off the main thread, one document per message (so the
 * page stays responsive). `progress(done, total)` after each.
 */
export async function checkOffThreadForProject(
  units: readonly CurrentUnit[],
  termbases: CheckTermbases,
  progress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<Finding[]> {
  const byDoc = new Map<number, CurrentUnit[]>();
  for (const cu of units) {
    const list = byDoc.get(cu.unit.documentId);
    if (list) list.push(cu);
    else byDoc.set(cu.unit.documentId, [cu]);
  }
  const out: Finding[] = [];
  let done = 0;
  for (const list of byDoc.values()) {
    if (signal?.aborted) break;
    const found = await checkOffThread(list.map(toCheckUnit), termbases);
    for (const f of found) out.push(f);
    done += list.length;
    progress?.(done, units.length);
  }
  return out;
}
