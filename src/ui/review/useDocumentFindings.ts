import { useEffect, useRef, useState } from 'react';
import type { CheckUnit } from '../../core/checks/Check';
import type { Finding } from '../../core/model';
import { checkUnitOf, type CurrentUnit } from '../../db';
import { checkOffThread, type CheckTermbases } from './checkOffThread';

export interface FindingsState {
  status: 'idle' | 'checking' | 'done' | 'error';
  findings: Finding[];
  error: string | null;
}

function toCheckUnit(cu: CurrentUnit): CheckUnit {
  return checkUnitOf(cu.unit, cu.source, cu.target);
}

/**
 * Findings of the shown document, computed off the main thread whenever its current texts
 * change. `unitId` of each finding is the database id of the unit (as a string).
 */
export function useDocumentFindings(units: CurrentUnit[] | undefined, termbases?: CheckTermbases): FindingsState {
  const [state, setState] = useState<FindingsState>({ status: 'idle', findings: [], error: null });
  const latest = useRef('');
  const shownUnits = useRef('');
  // Unmounted: an answer still on its way sets nothing (the key no longer matches).
  useEffect(
    () => () => {
      latest.current = '';
    },
    [],
  );
  useEffect(() => {
    if (!units) return;
    const key = units.map((u) => `${u.unit.id}.${u.sourceRevision?.id ?? 0}.${u.targetRevision?.id ?? 0}`).join(',') + `|${termbases?.key ?? ''}`;
    if (key === latest.current) return;
    latest.current = key;
    // Another document: drop the old list at once. Same document re-checked: keep it until the new one arrives.
    const unitIds = units.map((u) => u.unit.id).join(',');
    const sameUnits = unitIds === shownUnits.current;
    shownUnits.current = unitIds;
    setState((s) => ({ findings: sameUnits ? s.findings : [], status: 'checking', error: null }));
    checkOffThread(units.map(toCheckUnit), termbases).then(
      (findings) => {
        if (latest.current === key) setState({ status: 'done', findings, error: null });
      },
      (err: unknown) => {
        if (latest.current === key) setState({ status: 'error', findings: [], error: err instanceof Error ? err.message : String(err) });
      },
    );
  }, [units, termbases]);
  return state;
}
