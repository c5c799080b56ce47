import { useStore } from '../../store';
import { ScoreBar } from './ScoreBar';

interface Props {
  onUndo: () => void;
  onRedo: () => void;
  onMarkError: () => void;
}

/** Above the rows: Undo, Redo, Mark error, Shortcuts; the score bar; the status line. */
export function ReviewToolbar({ onUndo, onRedo, onMarkError }: Props) {
  const undoTop = useStore((s) => s.undoStack[s.undoStack.length - 1]);
  const redoTop = useStore((s) => s.redoStack[s.redoStack.length - 1]);
  const notice = useStore((s) => s.notice);
  const openDialog = useStore((s) => s.openDialog);
  return (
    <div className="review-toolbar">
      <div className="toolbar-buttons" role="toolbar" aria-label="Review actions">
        <button type="button" onClick={onUndo} disabled={!undoTop} title={undoTop ? `Undo: ${undoTop.label} (Ctrl+Z)` : 'Nothing to undo'}>
          Undo
        </button>
        <button type="button" onClick={onRedo} disabled={!redoTop} title={redoTop ? `Redo: ${redoTop.label} (Ctrl+Shift+Z)` : 'Nothing to redo'}>
          Redo
        </button>
        {/* mousedown must not clear the text selection the button acts on */}
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={onMarkError} title="Mark an MQM error in the selected text (m)">
          Mark error
        </button>
        <button type="button" onClick={() => openDialog({ kind: 'shortcuts' })} aria-keyshortcuts="?">
          Shortcuts
        </button>
      </div>
      <ScoreBar />
      <p className={notice?.error ? 'review-notice form-error' : 'review-notice'} role={notice?.error ? 'alert' : 'status'}>
        {notice?.text ?? ''}
      </p>
    </div>
  );
}
