import type { StateCreator } from 'zustand';
import type { Severity } from '../core/model';
import type { Side } from '../db/records';
import type { Store } from './Store';

/** Where the review grid should scroll to (set by "Show" on a finding). */
export interface RevealRequest {
  unitId: number;
  side: Side;
  offset: number;
  /** Changes on every request, so the same place can be revealed twice. */
  nonce: number;
}

export interface FindingsSlice {
  findingsFilter: { check: string | null; severity: Severity | null };
  setFindingsFilter: (patch: Partial<FindingsSlice['findingsFilter']>) => void;
  reveal: RevealRequest | null;
  revealInRows: (unitId: number, side: Side, offset: number) => void;
}

export const createFindingsSlice: StateCreator<Store, [], [], FindingsSlice> = (set) => ({
  findingsFilter: { check: null, severity: null },
  setFindingsFilter: (patch) => set((s) => ({ findingsFilter: { ...s.findingsFilter, ...patch } })),
  reveal: null,
  revealInRows: (unitId, side, offset) =>
    set((s) => ({ reveal: { unitId, side, offset, nonce: (s.reveal?.nonce ?? 0) + 1 } })),
});
