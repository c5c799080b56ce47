import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../../store';
import { useDb } from '../shell/DbContext';

/**
 * Identity of the open project's current texts for the Terms screen: it changes with every
 * revision (an edit, a fix-all, an undo) — the glossary worker then reads the texts again.
 * Also the project's unit count (for the consistency report's button).
 */
export function useConcordanceVersion(): { projectId: number; version: string; units: number } | undefined {
  const db = useDb();
  const projectId = useStore((s) => s.projectId);
  const got = useLiveQuery(async () => {
    if (projectId === null) return undefined;
    const [revisions, project] = await Promise.all([db.revisions.where('projectId').equals(projectId).count(), db.projects.get(projectId)]);
    return { projectId, version: `${revisions}|${project?.unitCount ?? 0}`, units: project?.unitCount ?? 0 };
  }, [db, projectId]);
  return got && got.projectId === projectId ? got : undefined;
}
