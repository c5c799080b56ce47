import type { StateCreator } from 'zustand';
import type { Store } from './Store';

export interface ImportFailure {
  fileName: string;
  line?: number;
  column?: number;
  problem: string;
}

export type ImportPhase = 'idle' | 'reading' | 'parsing' | 'writing';

export interface ImportState {
  phase: ImportPhase;
  fileName: string | null;
  /** Records written so far / total (writing phase). */
  done: number;
  total: number;
  error: ImportFailure | null;
  /** Short confirmation after a successful import. */
  notice: string | null;
}

export interface ImportSlice {
  importState: ImportState;
  setImport: (patch: Partial<ImportState>) => void;
  resetImport: () => void;
}

export const IDLE_IMPORT: ImportState = { phase: 'idle', fileName: null, done: 0, total: 0, error: null, notice: null };

export const createImportSlice: StateCreator<Store, [], [], ImportSlice> = (set) => ({
  importState: IDLE_IMPORT,
  setImport: (patch) => set((s) => ({ importState: { ...s.importState, ...patch } })),
  resetImport: () => set({ importState: IDLE_IMPORT }),
});
