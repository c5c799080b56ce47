import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useDb } from '../shell/DbContext';
import { useStore } from '../../store';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useRunAction } from './useRunAction';

/** Caret of the open editor: a re-mount (another tab saved the unit) puts it back, not at the end. */
let lastCaret: { session: string; pos: number } | null = null;

/**
 * "Edit translation" of one sentence row or of the whole unit: textbox "Translation",
 * Save (Ctrl+Enter) and Cancel (Esc). Saving stores a new revision of the unit's
 * translation (undoable). Emptying a sentence or the whole translation asks first.
 */
export function TranslationEditor({ unitId, onDone }: { unitId: number; onDone: () => void }) {
  const db = useDb();
  const editor = useStore((s) => (s.editor?.unitId === unitId && s.editor.side === 'target' ? s.editor : null));
  const setDraft = useStore((s) => s.setDraft);
  const setEditorError = useStore((s) => s.setEditorError);
  const closeEditor = useStore((s) => s.closeEditor);
  const run = useRunAction();
  const [saving, setSaving] = useState(false);
  const [confirmEmpty, setConfirmEmpty] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();
  const errorId = useId();

  const session = editor?.edit ? `${unitId}:${editor.edit.row}:${editor.edit.start}:${editor.edit.baseRevisionId}` : '';
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    box.focus();
    // A new editor: caret at the end, ready to type. The same editor re-mounted: where it was.
    const pos = lastCaret?.session === session ? Math.min(lastCaret.pos, box.value.length) : box.value.length;
    box.setSelectionRange(pos, pos);
  }, []);
  const keepCaret = (box: HTMLTextAreaElement) => {
    lastCaret = { session, pos: box.selectionStart };
  };
  if (!editor?.edit) return null;
  const { edit, draft, error } = editor;

  const cancel = () => {
    closeEditor();
    onDone();
  };

  const store = async () => {
    setConfirmEmpty(null);
    setSaving(true);
    const piece = draft.replace(/\r\n?/g, '\n').trim();
    let next = edit.base.slice(0, edit.start) + piece + edit.base.slice(edit.end);
    if (edit.row !== null && !piece) next = (edit.base.slice(0, edit.start).trimEnd() + ' ' + edit.base.slice(edit.end).trimStart()).trim();
    const newest = await db.revisions.where('[unitId+side]').equals([unitId, 'target']).last().catch(() => undefined);
    const current = newest ? newest.text : ((await db.units.get(unitId))?.target ?? edit.base);
    const raced = (newest?.id ?? 0) !== edit.baseRevisionId;
    const unit = await db.units.get(unitId);
    const id = await run(`Edit translation of unit ${unit?.extId ?? ''}`, [
      { type: 'text', unitId, side: 'target', before: current, after: next.trim(), reason: 'edit' },
    ]);
    setSaving(false);
    if (id === null) return;
    if (raced) {
      useStore
        .getState()
        .setNotice(`Another tab saved a different translation of unit ${unit?.extId ?? ''} while you were editing. Both are kept in History; yours is now current.`);
    }
    closeEditor();
    onDone();
  };

  const save = () => {
    if (saving) return;
    if (draft === edit.base.slice(edit.start, edit.end)) {
      cancel();
      return;
    }
    const piece = draft.trim();
    const rest = (edit.base.slice(0, edit.start) + edit.base.slice(edit.end)).trim();
    if (!piece) {
      setConfirmEmpty(
        rest
          ? 'This removes the sentence from the translation. The earlier text stays in History.'
          : 'This empties the whole translation of the unit. The earlier text stays in History.',
      );
      return;
    }
    void store().catch((err: unknown) => {
      setSaving(false);
      setEditorError(err instanceof Error ? err.message : String(err));
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      cancel();
    }
  };

  return (
    <div className="side-editor">
      <label className="editor-label">
        Translation
        <textarea
          ref={ref}
          lang="zh-Hans"
          value={draft}
          rows={edit.row === null ? 8 : 3}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          onChange={(e) => {
            setDraft(e.target.value);
            keepCaret(e.target);
          }}
          onSelect={(e) => keepCaret(e.currentTarget)}
          onKeyDown={onKeyDown}
        />
      </label>
      {error && (
        <p id={errorId} role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="editor-actions">
        <span id={hintId} className="muted">
          {edit.row === null ? 'Whole unit' : `Sentence ${edit.row + 1}`} · Ctrl+Enter saves · Esc cancels
        </span>
        <button type="button" onClick={cancel} disabled={saving}>
          Cancel
        </button>
        <button type="button" className="btn-primary" onClick={save} disabled={saving}>
          Save
        </button>
      </div>
      {confirmEmpty && (
        <ConfirmDialog
          title="Empty this translation?"
          confirmLabel="Save anyway"
          danger
          onConfirm={() => void store()}
          onCancel={() => {
            setConfirmEmpty(null);
            ref.current?.focus();
          }}
        >
          <p>{confirmEmpty}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
