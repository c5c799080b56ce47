import { useCallback } from 'react';
import { performAction, type ReviewOp } from '../../db';
import { useStore } from '../../store';
import { askReviewer } from '../settings';
import { useDb } from '../shell/DbContext';
import { describeStorageError } from '../shell/describeStorageError';
import { TAB_ID } from './tabId';

/**
 * Stores one reviewer step (ops in one transaction), puts it on this tab's undo stack and
 * returns its event id. Null when nothing was stored: the reviewer cancelled the name
 * question, or storage failed (the reason is shown as an alert; nothing is half-written).
 */
export function useRunAction(): (label: string, ops: ReviewOp[]) => Promise<number | null> {
  const db = useDb();
  return useCallback(
    async (label, ops) => {
      const { projectId, pushStep, setNotice } = useStore.getState();
      if (projectId === null || ops.length === 0) return null;
      const author = await askReviewer(db).catch(() => '');
      if (author === null) return null;
      try {
        const eventId = await performAction(db, { projectId, label, ops, author, tab: TAB_ID });
        pushStep({ eventId, label });
        setNotice(null);
        return eventId;
      } catch (err) {
        setNotice(describeStorageError(err), true);
        return null;
      }
    },
    [db],
  );
}
