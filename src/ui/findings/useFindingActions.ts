import { useMemo } from 'react';
import type { Finding } from '../../core/model';
import type { CurrentUnit } from '../../db';
import { useStore } from '../../store';
import { useRunAction } from '../review/useRunAction';
import type { DecisionLookup } from './decisionLookup';
import { confirmAnnotationOp, decisionOp, suggestionTextOp } from './findingOps';

export interface FindingActions {
  apply: (f: Finding) => Promise<void>;
  confirm: (f: Finding) => Promise<void>;
  dismiss: (f: Finding, reason: string) => Promise<void>;
  reopen: (f: Finding) => Promise<void>;
}

const short = (s: string) => (s.length > 20 ? `${s.slice(0, 20)}…` : s);

/** What a reviewer can do with a finding; each is one undoable step. */
export function useFindingActions(units: CurrentUnit[] | undefined, lookup: DecisionLookup): FindingActions {
  const run = useRunAction();
  return useMemo(() => {
    const byId = new Map((units ?? []).map((u) => [String(u.unit.id), u]));
    const op = (f: Finding, after: Parameters<typeof decisionOp>[2]) => decisionOp(f, lookup.of(f), after, lookup.loose(f));
    const notice = (t: string) => useStore.getState().setNotice(t, true);
    return {
      apply: async (f) => {
        const cu = byId.get(f.unitId);
        const text = cu ? suggestionTextOp(f, cu.target) : null;
        if (!text) {
          notice('This suggestion no longer fits the text (it was changed since the check). Wait for the re-check, then try again.');
          return;
        }
        await run(`Apply suggestion ${short(f.target?.text ?? '')} → ${short(f.suggestion ?? '')}`, [text, op(f, { action: 'applied' })]);
      },
      confirm: async (f) => {
        const cu = byId.get(f.unitId);
        if (!cu) return;
        await run(`Confirm ${f.check}`, [confirmAnnotationOp(f, cu.unit.documentId), op(f, { action: 'confirmed' })]);
      },
      dismiss: async (f, reason) => {
        await run(`Dismiss ${f.check}`, [op(f, { action: 'dismissed', ...(reason.trim() ? { reason: reason.trim() } : {}) })]);
      },
      reopen: async (f) => {
        await run(`Reopen ${f.check}`, [op(f, { action: 'open' })]);
      },
    };
  }, [units, lookup, run]);
}
