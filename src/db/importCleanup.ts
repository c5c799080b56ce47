import { deleteProject } from './deleteProject';
import type { DuizhaoDB } from './DuizhaoDB';
import { IMPORT_HEARTBEAT_MS } from './importStaged';
import type { ProjectRecord } from './records';

/** A project the user may see and open (not one a staged import is still writing). */
export function isVisibleProject(p: ProjectRecord): boolean {
  return !p.incomplete;
}

/**
 * Deletes projects left `incomplete` by an import that died (tab closed, crash): those whose
 * heartbeat is older than `staleMs`. An import still running in another tab keeps beating
 * and is left alone. Returns the ids deleted.
 */
export async function cleanIncompleteImports(
  db: DuizhaoDB,
  opts: { now?: number; staleMs?: number } = {},
): Promise<number[]> {
  const now = opts.now ?? Date.now();
  const staleMs = opts.staleMs ?? IMPORT_HEARTBEAT_MS * 10;
  const dead = (await db.projects.filter((p) => !!p.incomplete && now - (p.heartbeatAt ?? 0) > staleMs).toArray()).map((p) => p.id);
  for (const id of dead) await deleteProject(db, id);
  return dead;
}
