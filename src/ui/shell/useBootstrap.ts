import { useEffect, useState } from 'react';
import { cleanIncompleteImports, ensureSeedProject, getSetting, isVisibleProject, type DuizhaoDB } from '../../db';
import { useStore } from '../../store';
import { describeStorageError } from './describeStorageError';
import { parseSeed } from './parseSeed';

export const LAST_PROJECT_SETTING = 'lastProjectId';

export interface BootState {
  ready: boolean;
  error: string | null;
}

/**
 * First visit: imports the seed and opens it. Later visits: opens the project used last
 * (or the seed, or the newest project) without importing anything.
 */
export function useBootstrap(db: DuizhaoDB): BootState {
  const [state, setState] = useState<BootState>({ ready: false, error: null });
  useEffect(() => {
    let alive = true;
    (async () => {
      // An import that died with its tab left a hidden, incomplete project: remove it.
      await cleanIncompleteImports(db).catch(() => undefined);
      const seedId = await ensureSeedProject(db, parseSeed);
      const last = await getSetting<number>(db, LAST_PROJECT_SETTING);
      let open: number | null = null;
      if (last !== undefined && (await db.projects.get(last))) open = last;
      else if (seedId !== null) open = seedId;
      else open = (await db.projects.orderBy('createdAt').filter(isVisibleProject).last())?.id ?? null;
      if (!alive) return;
      if (useStore.getState().projectId === null) useStore.getState().openProject(open);
      setState({ ready: true, error: null });
    })().catch((err: unknown) => {
      if (alive) setState({ ready: true, error: describeStorageError(err) });
    });
    return () => {
      alive = false;
    };
  }, [db]);
  return state;
}
