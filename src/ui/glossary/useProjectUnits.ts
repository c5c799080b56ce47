import { useLiveQuery } from 'dexie-react-hooks';
import type { CurrentUnit, DocumentRecord } from '../../db';
import { projectCurrentUnits, unitLabel } from '../../db/glossary';
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

export { unitLabel };
