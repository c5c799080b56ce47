import { create } from 'zustand';
import { createEditorSlice } from './editorSlice';
import { createFindingsSlice } from './findingsSlice';
import { createImportSlice } from './importSlice';
import { createReviewSlice } from './reviewSlice';
import { createSelectionSlice } from './selectionSlice';
import type { Store } from './Store';
import { createViewSlice } from './viewSlice';

/** The app's one zustand store, combined from slices. Select narrowly (useShallow for objects). */
export const useStore = create<Store>()((...a) => ({
  ...createSelectionSlice(...a),
  ...createEditorSlice(...a),
  ...createImportSlice(...a),
  ...createFindingsSlice(...a),
  ...createReviewSlice(...a),
  ...createViewSlice(...a),
}));

const initial = useStore.getState();

/** Back to the initial UI state (a fresh app mount in tests). */
export function resetStore(): void {
  useStore.setState(initial, true);
}
