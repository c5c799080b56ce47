import type { StateCreator } from 'zustand';
import type { Finding } from '../core/model';
import type { Side } from '../db/records';
import type { Store } from './Store';

/** A step on the undo or redo stack of this tab (the event id in the database). */
export interface UndoEntry {
  eventId: number;
  label: string;
}

/** Text chosen for "Mark error": a span of one side of one unit (offsets into its current text). */
export interface MarkTarget {
  unitId: number;
  side: Side;
  start: number;
  end: number;
  text: string;
  /** When editing an existing annotation. */
  annotationId?: number;
}

export type ReviewDialog =
  | { kind: 'history'; unitId: number }
  | { kind: 'mark'; target: MarkTarget }
  | { kind: 'dismiss'; finding: Finding }
  | { kind: 'applyAll'; finding: Finding }
  | { kind: 'shortcuts' }
  | { kind: 'settings' };

export interface ReviewSlice {
  undoStack: UndoEntry[];
  redoStack: UndoEntry[];
  /** A new step: onto the undo stack; the redo stack is cleared. */
  pushStep: (e: UndoEntry) => void;
  /** Moves the top entry between stacks after an undo / redo succeeded. */
  movedUndo: () => void;
  movedRedo: () => void;
  /** Index of the keyboard-selected sentence row. */
  activeRow: number;
  /** Moves the active row; `focus` also focuses it (keyboard), bumping rowFocusNonce. */
  setActiveRow: (i: number, focus?: boolean) => void;
  rowFocusNonce: number;
  /** findingKey of the keyboard-selected finding. */
  activeFinding: string | null;
  setActiveFinding: (key: string | null) => void;
  showDismissed: boolean;
  setShowDismissed: (v: boolean) => void;
  dialog: ReviewDialog | null;
  openDialog: (d: ReviewDialog | null) => void;
  /** A short status line (role="status"): undo done, another tab changed a unit… */
  notice: { text: string; error: boolean } | null;
  setNotice: (text: string | null, error?: boolean) => void;
  /** Pending "What is your name?" question (asked once before the first change). */
  reviewerPrompt: ((name: string | null) => void) | null;
  setReviewerPrompt: (p: ((name: string | null) => void) | null) => void;
}

export const createReviewSlice: StateCreator<Store, [], [], ReviewSlice> = (set) => ({
  undoStack: [],
  redoStack: [],
  pushStep: (e) => set((s) => ({ undoStack: [...s.undoStack, e], redoStack: [] })),
  movedUndo: () =>
    set((s) => {
      const top = s.undoStack[s.undoStack.length - 1];
      return top ? { undoStack: s.undoStack.slice(0, -1), redoStack: [...s.redoStack, top] } : {};
    }),
  movedRedo: () =>
    set((s) => {
      const top = s.redoStack[s.redoStack.length - 1];
      return top ? { redoStack: s.redoStack.slice(0, -1), undoStack: [...s.undoStack, top] } : {};
    }),
  activeRow: 0,
  setActiveRow: (activeRow, focus = false) => set((s) => ({ activeRow, rowFocusNonce: focus ? s.rowFocusNonce + 1 : s.rowFocusNonce })),
  rowFocusNonce: 0,
  activeFinding: null,
  setActiveFinding: (activeFinding) => set({ activeFinding }),
  showDismissed: false,
  setShowDismissed: (showDismissed) => set({ showDismissed }),
  dialog: null,
  openDialog: (dialog) => set({ dialog }),
  notice: null,
  setNotice: (text, error = false) => set({ notice: text === null ? null : { text, error } }),
  reviewerPrompt: null,
  setReviewerPrompt: (reviewerPrompt) => set({ reviewerPrompt }),
});
