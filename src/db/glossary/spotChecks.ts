import type { DuizhaoDB } from '../DuizhaoDB';
import type { SpotCheck, SpotItem } from './SpotCheck';

/** Stores a new spot-check; returns its id. */
export async function createSpotCheck(db: DuizhaoDB, check: Omit<SpotCheck, 'id'>): Promise<number> {
  return (await db.spotchecks.add(check as SpotCheck)) as number;
}

/** Records the verdict on one item (stored at once: the check resumes after a reload). */
export async function markSpotItem(
  db: DuizhaoDB,
  id: number,
  index: number,
  patch: Pick<SpotItem, 'verdict' | 'category' | 'note'>,
  now: () => number = Date.now,
): Promise<void> {
  await db.transaction('rw', db.spotchecks, async () => {
    const sc = (await db.spotchecks.get(id)) as SpotCheck | undefined;
    if (!sc) throw new Error('This spot-check no longer exists (deleted in another tab?). Reload the page.');
    const items = sc.items.slice();
    const item = { ...items[index], ...patch };
    if (!item.verdict) delete item.verdict;
    if (item.verdict !== 'fail' || !item.category) delete item.category;
    items[index] = item;
    await db.spotchecks.update(id, { items, updatedAt: now() });
  });
}

export async function deleteSpotCheck(db: DuizhaoDB, id: number): Promise<void> {
  await db.spotchecks.delete(id);
}
