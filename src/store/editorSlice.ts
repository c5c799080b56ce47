import type { StateCreator } from 'zustand';
import type { Side } from '../db/records';
import type { Store } from './Store';

export interface OpenEditor {
  unitId: number;
  side: Side;
  /** The text being typed (kept here so it survives the row scrolling out of view). */
  draft: string;
  /** Message shown under the textbox (e.g. "The source text is empty…"). */
  error: string | null;
  /** Set once saved: the editor closes when the live view shows this revision. */
  savedRevisionId: number | null;
}

export interface EditorSlice {
  editor: OpenEditor | null;
  openEditor: (unitId: number, side: Side, initial?: string) => void;
  setDraft: (draft: string) => void;
  setEditorError: (error: string | null) => void;
  markSaved: (revisionId: number) => void;
  closeEditor: () => void;
}

export const createEditorSlice: StateCreator<Store, [], [], EditorSlice> = (set) => ({
  editor: null,
  openEditor: (unitId, side, initial = '') => set({ editor: { unitId, side, draft: initial, error: null, savedRevisionId: null } }),
  setDraft: (draft) => set((s) => (s.editor ? { editor: { ...s.editor, draft, error: null } } : {})),
  setEditorError: (error) => set((s) => (s.editor ? { editor: { ...s.editor, error } } : {})),
  markSaved: (revisionId) => set((s) => (s.editor ? { editor: { ...s.editor, savedRevisionId: revisionId } } : {})),
  closeEditor: () => set({ editor: null }),
});
