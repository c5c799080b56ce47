import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { isVisibleProject } from '../../db';
import { useStore } from '../../store';
import { useDb } from './DbContext';

/** The open project's name; a "Project" picker when there is more than one. */
export function ProjectSwitcher() {
  const db = useDb();
  const projectId = useStore((s) => s.projectId);
  const openProject = useStore((s) => s.openProject);
  // Projects a staged import is still writing stay hidden until complete.
  const projects = useLiveQuery(() => db.projects.orderBy('createdAt').filter(isVisibleProject).toArray(), [db]);
  const current = projects?.find((p) => p.id === projectId);
  // The open project vanished (reset or deleted in another tab): open the seed, else the
  // newest. Only for a project this list has shown before: a just-imported one may not be
  // in the live result yet.
  const seen = useRef(new Set<number>());
  useEffect(() => {
    if (!projects) return;
    const ids = new Set(projects.map((p) => p.id));
    const vanished = projectId !== null && !ids.has(projectId) && seen.current.has(projectId);
    for (const id of ids) seen.current.add(id);
    if (!vanished || !projects.length) return;
    const next = projects.find((p) => p.kind === 'seed') ?? projects[projects.length - 1];
    openProject(next.id);
  }, [projects, projectId, openProject]);
  if (!projects) return null;
  return (
    <div className="project">
      <span className="project-name" title={current?.fileName}>
        {current ? current.name : 'No project open'}
      </span>
      {projects.length > 1 && (
        <label className="project-picker">
          <span className="visually-hidden">Project</span>
          <select
            value={projectId ?? ''}
            onChange={(e) => openProject(e.target.value ? Number(e.target.value) : null)}
          >
            {projectId === null && <option value="">Choose a project…</option>}
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.documentCount.toLocaleString('en')} documents)
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
