import { useCallback } from 'react';
import { redoEvent, undoEvent } from '../../db';
import { useStore } from '../../store';
import { askReviewer } from '../settings';
import { useDb } from '../shell/DbContext';
import { describeStorageError } from '../shell/describeStorageError';
import { TAB_ID } from './tabId';

/** Undo / redo of this tab's steps; each is stored as a new event and new records. */
export function useUndoRedo(): { undo: () => Promise<void>; redo: () => Promise<void> } {
  const db = useDb();
  const run = useCallback(
    async (which: 'undo' | 'redo') => {
      const s = useStore.getState();
      const stack = which === 'undo' ? s.undoStack : s.redoStack;
      const top = stack[stack.length - 1];
      if (!top) return;
      const author = (await askReviewer(db).catch(() => '')) ?? '';
      try {
        if (which === 'undo') {
          await undoEvent(db, top.eventId, { author, tab: TAB_ID });
          useStore.getState().movedUndo();
          s.setNotice(`Undone: ${top.label}.`);
        } else {
          await redoEvent(db, top.eventId, { author, tab: TAB_ID });
          useStore.getState().movedRedo();
          s.setNotice(`Redone: ${top.label}.`);
        }
      } catch (err) {
        s.setNotice(describeStorageError(err), true);
      }
    },
    [db],
  );
  return { undo: useCallback(() => run('undo'), [run]), redo: useCallback(() => run('redo'), [run]) };
}
