import { useLiveQuery } from 'dexie-react-hooks';
import type { CurrentUnit, DocumentRecord } from '../../db';
import { projectCurrentUnits } from '../../db/glossary';
import { useStore } from '../../store';
import { useDb } from '../shell/DbContext';

export interface ProjectUnits {
  projectId: number;
  units: CurrentUnit[];
  documents: Map<number, DocumentRecord>;
}

/** Every unit of the open project with its current texts, live (undefined while loading). */
export function useProjectUnits(): ProjectUnits | undefined {
  const db = useDb();
  const projectId = useStore((s) => s.projectId);
  const data = useLiveQuery(async () => {
    if (projectId === null) return undefined;
    const [units, docs] = await Promise.all([projectCurrentUnits(db, projectId), db.documents.where('projectId').equals(projectId).toArray()]);
    return { projectId, units, documents: new Map(docs.map((d) => [d.id, d])) };
  }, [db, projectId]);
  return data && data.projectId === projectId ? data : undefined;
}

/** "unit 3 · 强化学习(RL)涉及…" — how a unit is named in lists and exports. */
export function unitLabel(cu: CurrentUnit, doc: DocumentRecord | undefined): string {
  const title = doc?.title ?? '';
  const short = title.length > 18 ? `${title.slice(0, 18)}…` : title;
  return doc && doc.unitCount > 1 ? `unit ${cu.unit.extId} · ${short}` : `unit ${cu.unit.extId}${short ? ` · ${short}` : ''}`;
}
