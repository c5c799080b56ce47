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
  /** Editing an existing translation ("Edit translation"): what is replaced. */
  edit?: EditScope;
}

/** The part of a unit's current text an "Edit translation" replaces. */
export interface EditScope {
  /** Sentence row within the unit, or null for the whole unit. */
  row: number | null;
  start: number;
  end: number;
  /** The unit's whole current text when the editor opened. */
  base: string;
  /** Newest revision id of that side when the editor opened (0 = none): detects another tab's save. */
  baseRevisionId: number;
}

export interface EditorSlice {
  editor: OpenEditor | null;
  openEditor: (unitId: number, side: Side, initial?: string, edit?: EditScope) => void;
  setDraft: (draft: string) => void;
  setEditorError: (error: string | null) => void;
  markSaved: (revisionId: number) => void;
  closeEditor: () => void;
}

export const createEditorSlice: StateCreator<Store, [], [], EditorSlice> = (set) => ({
  editor: null,
  openEditor: (unitId, side, initial = '', edit) =>
    set({ editor: { unitId, side, draft: initial, error: null, savedRevisionId: null, ...(edit ? { edit } : {}) } }),
  setDraft: (draft) => set((s) => (s.editor ? { editor: { ...s.editor, draft, error: null } } : {})),
  setEditorError: (error) => set((s) => (s.editor ? { editor: { ...s.editor, error } } : {})),
  markSaved: (revisionId) => set((s) => (s.editor ? { editor: { ...s.editor, savedRevisionId: revisionId } } : {})),
  closeEditor: () => set({ editor: null }),
});
