import type { Side } from '../../db';
import type { ReviewRow } from './buildRows';
import { highlightSpans, type MarkSpan } from './highlightSpans';
import { RowTools } from './RowTools';
import { SideEditor } from './SideEditor';
import { TranslationEditor } from './TranslationEditor';

interface Props {
  row: ReviewRow;
  side: Side;
  editing: boolean;
  onAdd: (unitId: number, side: Side) => void;
  onEditorCancel: () => void;
  showUnitLabel: boolean;
  /** Finding spans on this side of the row's unit (offsets into the unit's current text). */
  marks: MarkSpan[];
  /** The open editor is an "Edit translation" (not "Add …"). */
  editingExisting?: boolean;
}

const ADD_LABEL: Record<Side, string> = { source: 'Add source', target: 'Add translation' };

/** The content of one side of one aligned row: sentence text, or the "Add …" action / editor. */
export function SegmentCell({ row, side, editing, onAdd, onEditorCancel, showUnitLabel, marks, editingExisting }: Props) {
  const text = side === 'source' ? row.sourceText : row.targetText;
  const start = side === 'source' ? row.sourceStart : row.targetStart;
  const current = side === 'source' ? row.cu.source : row.cu.target;
  const first = row.rowInUnit === 0;
  const missing = first && !current.trim();
  return (
    <>
      {showUnitLabel && first && side === 'source' && (
        <span className="unit-label" title="Unit id in the file">
          {row.cu.unit.extId}
        </span>
      )}
      {editing && editingExisting ? (
        <TranslationEditor unitId={row.cu.unit.id} onDone={onEditorCancel} />
      ) : editing && first ? (
        <SideEditor unitId={row.cu.unit.id} side={side} onCancel={onEditorCancel} />
      ) : missing ? (
        <button type="button" className="btn-add" onClick={() => onAdd(row.cu.unit.id, side)}>
          {ADD_LABEL[side]}
        </button>
      ) : text ? (
        <>
          <p className="sentence" lang={side === 'source' ? 'en' : 'zh-Hans'} data-unit={row.cu.unit.id} data-side={side} data-start={start}>
            <span className="row-no" aria-hidden="true">
              {row.rowInUnit + 1}
            </span>
            {marks.length ? highlightSpans(text, start, marks) : text}
          </p>
          {side === 'target' && <RowTools row={row} />}
        </>
      ) : null}
    </>
  );
}
