import type { StateCreator } from 'zustand';
import type { Store } from './Store';

/** The app's screens (tabs in the header). */
export type View = 'review' | 'glossary' | 'terms' | 'spotcheck' | 'dashboard';

export const VIEWS: readonly View[] = ['review', 'glossary', 'terms', 'spotcheck', 'dashboard'];

export interface ViewSlice {
  view: View;
  setView: (view: View) => void;
  /** Opens the review on a unit: its document, scrolled to it. */
  showUnit: (documentId: number, unitId: number) => void;
}

export const createViewSlice: StateCreator<Store, [], [], ViewSlice> = (set, get) => ({
  view: 'review',
  setView: (view) => set({ view }),
  showUnit: (documentId, unitId) => {
    set({ view: 'review' });
    if (get().documentId !== documentId) get().selectDocument(documentId);
    get().revealInRows(unitId, 'target', 0);
  },
});
