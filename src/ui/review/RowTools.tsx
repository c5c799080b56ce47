import { useId, useMemo, useState } from 'react';
import { postEditEffort } from '../../core/score';
import { useStore } from '../../store';
import { DiffView } from '../history';
import type { ReviewRow } from './buildRows';
import { openTranslationEditor } from './openTranslationEditor';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * Under a target sentence: "Edit translation" (this sentence); on the unit's first row also
 * "Edit whole translation" and "History", and — once corrected — the post-editing effort
 * with "Show changes" (the diff against the machine translation, collapsed: a whole abstract).
 */
export function RowTools({ row }: { row: ReviewRow }) {
  const openDialog = useStore((s) => s.openDialog);
  const [showDiff, setShowDiff] = useState(false);
  const diffId = useId();
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
          <button type="button" className="btn-row" aria-expanded={showDiff} aria-controls={diffId} onClick={() => setShowDiff((v) => !v)}>
            {showDiff ? 'Hide changes' : 'Show changes'}
          </button>{' '}
          <span className="muted">
            Corrected · edit rate {pct(effort.charEditRate)} · chrF {effort.chrF.toFixed(1)} · TER {pct(effort.ter.ter)}
          </span>
          <div id={diffId}>
            {showDiff && <DiffView before={row.cu.unit.target} after={row.cu.target} label="Changes against the machine translation" compact />}
          </div>
        </div>
      )}
    </>
  );
}
