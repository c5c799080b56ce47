import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useStore } from '../../store';
import { useDb } from '../shell/DbContext';
import { TAB_ID } from './tabId';

/**
 * Two tabs on one project: when another tab stores a new translation of a unit this tab
 * has corrected too, both revisions are kept and the later is current — say so here.
 * Reads only revisions newer than the ones present when the tab opened (primary-key range).
 */
export function useOtherTabNotice(): void {
  const db = useDb();
  const since = useLiveQuery(async () => ((await db.revisions.orderBy(':id').lastKey()) as number | undefined) ?? 0, [db]);
  const start = useRef<number | null>(null);
  if (since !== undefined && start.current === null) start.current = since;
  const fresh = useLiveQuery(
    async () => (start.current === null ? [] : db.revisions.where(':id').above(start.current).toArray()),
    [db, since],
  );
  const told = useRef(new Set<number>());
  useEffect(() => {
    if (!fresh?.length) return;
    const mine = new Map<string, number>();
    for (const r of fresh) if (r.tab === TAB_ID) mine.set(`${r.unitId}:${r.side}`, Math.max(r.id, mine.get(`${r.unitId}:${r.side}`) ?? 0));
    for (const r of fresh) {
      const myLast = mine.get(`${r.unitId}:${r.side}`);
      if (r.tab === TAB_ID || told.current.has(r.id) || myLast === undefined || r.id < myLast) continue;
      told.current.add(r.id);
      void db.units.get(r.unitId).then((u) =>
        useStore
          .getState()
          .setNotice(
            `Another tab saved a new translation of unit ${u?.extId ?? r.unitId}${r.author ? ` (${r.author})` : ''}; it is now current. Your revision is kept in History.`,
          ),
      );
    }
  }, [db, fresh]);
}
