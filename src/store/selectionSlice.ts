import type { StateCreator } from 'zustand';
import type { Store } from './Store';

export interface SelectionSlice {
  projectId: number | null;
  documentId: number | null;
  /** Opens a project; the document selection is cleared (the view picks the first). */
  openProject: (projectId: number | null) => void;
  selectDocument: (documentId: number | null) => void;
}

export const createSelectionSlice: StateCreator<Store, [], [], SelectionSlice> = (set) => ({
  projectId: null,
  documentId: null,
  openProject: (projectId) => set({ projectId, documentId: null, editor: null, reveal: null, undoStack: [], redoStack: [], activeRow: 0, activeFinding: null, dialog: null }),
  selectDocument: (documentId) => set({ documentId, reveal: null, activeRow: 0, activeFinding: null }),
});
