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
}

export interface EditorSlice {
  editor: OpenEditor | null;
  openEditor: (unitId: number, side: Side, initial?: string) => void;
  setDraft: (draft: string) => void;
  setEditorError: (error: string | null) => void;
  closeEditor: () => void;
}

export const createEditorSlice: StateCreator<Store, [], [], EditorSlice> = (set) => ({
  editor: null,
  openEditor: (unitId, side, initial = '') => set({ editor: { unitId, side, draft: initial, error: null } }),
  setDraft: (draft) => set((s) => (s.editor ? { editor: { ...s.editor, draft, error: null } } : {})),
  setEditorError: (error) => set((s) => (s.editor ? { editor: { ...s.editor, error } } : {})),
  closeEditor: () => set({ editor: null }),
});
