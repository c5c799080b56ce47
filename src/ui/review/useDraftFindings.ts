import { useEffect, useState } from 'react';
import type { Finding } from '../../core/model';
import type { CurrentUnit } from '../../db';
import { useStore } from '../../store';
import { checkOffThread, type CheckTermbases } from './checkOffThread';

const DEBOUNCE_MS = 400;

/**
 * While "Edit translation" is open, the unit is re-checked with the text being typed
 * (debounced, in the check worker). Returns the unit id and its findings for the draft, or
 * null when no draft is being checked.
 */
export function useDraftFindings(
  units: CurrentUnit[] | undefined,
  termbases: CheckTermbases | undefined,
): { unitId: string; findings: Finding[] } | null {
  const editor = useStore((s) => (s.editor?.edit && s.editor.side === 'target' ? s.editor : null));
  const [result, setResult] = useState<{ unitId: string; findings: Finding[]; text: string } | null>(null);
  const unitId = editor?.unitId;
  const text = editor?.edit ? editor.edit.base.slice(0, editor.edit.start) + editor.draft + editor.edit.base.slice(editor.edit.end) : null;
  useEffect(() => {
    if (unitId === undefined || text === null || !units) {
      setResult(null);
      return;
    }
    const cu = units.find((u) => u.unit.id === unitId);
    if (!cu || text === cu.target) {
      setResult(null);
      return;
    }
    let alive = true;
    const t = setTimeout(() => {
      checkOffThread([{ id: String(unitId), source: cu.source, target: text }], termbases).then(
        (findings) => {
          if (alive) setResult({ unitId: String(unitId), findings, text });
        },
        () => {},
      );
    }, DEBOUNCE_MS);
    return () => {
      alive = false;
      clearTimeout(t);
    };
  }, [unitId, text, units, termbases]);
  return result && result.text === text ? { unitId: result.unitId, findings: result.findings } : null;
}
