import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { EmptyTextError, getSetting, performAction, type Side } from '../../db';
import { useStore } from '../../store';
import { useDb } from '../shell/DbContext';
import { describeStorageError } from '../shell/describeStorageError';
import { REVIEWER_SETTING } from '../settings';
import { TAB_ID } from './tabId';

const LABEL: Record<Side, string> = { source: 'Source text', target: 'Translation' };

/**
 * Textbox for a missing side ("Source text" / "Translation") with Save and Cancel.
 * Ctrl+Enter (⌘+Enter) saves, Esc cancels. Saving appends a revision; empty text is refused.
 */
export function SideEditor({ unitId, side, onCancel }: { unitId: number; side: Side; onCancel: () => void }) {
  const db = useDb();
  const draft = useStore((s) => (s.editor?.unitId === unitId && s.editor.side === side ? s.editor.draft : ''));
  const error = useStore((s) => (s.editor?.unitId === unitId && s.editor.side === side ? s.editor.error : null));
  const setDraft = useStore((s) => s.setDraft);
  const setEditorError = useStore((s) => s.setEditorError);
  const closeEditor = useStore((s) => s.closeEditor);
  const markSaved = useStore((s) => s.markSaved);
  const [saving, setSaving] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const errorId = useId();
  const hintId = useId();

  useEffect(() => {
    ref.current?.focus();
  }, []);

  const cancel = () => {
    closeEditor();
    onCancel();
  };

  const save = async () => {
    if (saving) return;
    if (!draft.trim()) {
      setEditorError(new EmptyTextError(side).message);
      ref.current?.focus();
      return;
    }
    setSaving(true);
    try {
      // The reviewer's name when already given (adding a missing side never asks for it).
      const author = (await getSetting<string>(db, REVIEWER_SETTING).catch(() => undefined)) ?? '';
      const { projectId, pushStep } = useStore.getState();
      const unit = await db.units.get(unitId);
      if (projectId === null || !unit) throw new Error('This unit no longer exists (was the project reset in another tab?). Reload the page.');
      // One reviewer step like any edit: Undo (Ctrl+Z) takes the added text out again.
      const label = `${side === 'source' ? 'Add source of' : 'Add translation of'} unit ${unit.extId}`;
      const eventId = await performAction(db, {
        projectId,
        label,
        ops: [{ type: 'text', unitId, side, before: '', after: draft, reason: 'add' }],
        author,
        tab: TAB_ID,
      });
      pushStep({ eventId, label });
      const rev = await db.revisions.where('[unitId+side]').equals([unitId, side]).last();
      markSaved(rev?.id ?? 0); // the grid closes the editor when the live view shows the revision
    } catch (err) {
      setEditorError(err instanceof EmptyTextError ? err.message : describeStorageError(err));
      setSaving(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      cancel();
    }
  };

  return (
    <div className="side-editor">
      <label className="editor-label">
        {LABEL[side]}
        <textarea
          ref={ref}
          lang={side === 'source' ? 'en' : 'zh-Hans'}
          value={draft}
          rows={side === 'source' ? 8 : 6}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          placeholder={side === 'source' ? 'Paste the English abstract…' : '输入中文译文…'}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </label>
      {error && (
        <p id={errorId} role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="editor-actions">
        <span id={hintId} className="muted">Ctrl+Enter saves · Esc cancels</span>
        <button type="button" onClick={cancel} disabled={saving}>
          Cancel
        </button>
        <button type="button" className="btn-primary" onClick={() => void save()} disabled={saving}>
          Save
        </button>
      </div>
    </div>
  );
}
