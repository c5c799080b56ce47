import { useMemo } from 'react';
import { postEditEffort } from '../../core/score';
import { useStore } from '../../store';
import { DiffView } from '../history';
import type { ReviewRow } from './buildRows';
import { openTranslationEditor } from './openTranslationEditor';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * Under a target sentence: "Edit translation" (this sentence); on the unit's first row also
 * "Edit whole translation" and "History", and — once corrected — the diff against the
 * machine translation with the post-editing effort.
 */
export function RowTools({ row }: { row: ReviewRow }) {
  const openDialog = useStore((s) => s.openDialog);
  const first = row.rowInUnit === 0;
  const corrected = !!row.cu.targetRevision && row.cu.target !== row.cu.unit.target;
  const effort = useMemo(
    () => (first && corrected ? postEditEffort(row.cu.unit.target, row.cu.target) : null),
    [first, corrected, row.cu.unit.target, row.cu.target],
  );
  return (
    <>
      <div className="row-tools">
        {row.targetText && (
          <button type="button" className="btn-row" onClick={() => openTranslationEditor(row, false)}>
            Edit translation
          </button>
        )}
        {first && row.cu.target.trim() && (
          <button type="button" className="btn-row" onClick={() => openTranslationEditor(row, true)}>
            Edit whole translation
          </button>
        )}
        {first && row.cu.targetRevision && (
          <button type="button" className="btn-row" onClick={() => openDialog({ kind: 'history', unitId: row.cu.unit.id })}>
            History
          </button>
        )}
      </div>
      {effort && (
        <div className="unit-diff">
          <span className="muted">
            Changes against the machine translation · edit rate {pct(effort.charEditRate)} · chrF {effort.chrF.toFixed(1)} · TER{' '}
            {pct(effort.ter.ter)}
          </span>
          <DiffView before={row.cu.unit.target} after={row.cu.target} label="Changes against the machine translation" />
        </div>
      )}
    </>
  );
}
