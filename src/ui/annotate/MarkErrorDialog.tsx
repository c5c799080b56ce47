import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState } from 'react';
import { MQM_CATEGORIES, MQM_SEVERITIES, type MqmSeverity } from '../../core/score';
import type { AnnotationSeverity } from '../../db';
import { useStore, type MarkTarget } from '../../store';
import { Modal } from '../common/Modal';
import { useRunAction } from '../review';
import { useDb } from '../shell/DbContext';
import { changeAnnotationOp } from './annotationOps';

/**
 * "Mark error": MQM category (MQM Core; Other needs a note), severity and note for the
 * selected text. Omissions are marked on the source side. Also edits an annotation.
 */
export function MarkErrorDialog({ target }: { target: MarkTarget }) {
  const db = useDb();
  const run = useRunAction();
  const close = () => useStore.getState().openDialog(null);
  const existing = useLiveQuery(async () => (target.annotationId ? ((await db.annotations.get(target.annotationId)) ?? null) : null), [db, target.annotationId]);
  if (existing === undefined || (target.annotationId && !existing)) return null;
  return <MarkErrorForm target={target} existing={existing} run={run} close={close} />;
}

interface FormProps {
  target: MarkTarget;
  existing: import('../../db').AnnotationRecord | null;
  run: ReturnType<typeof useRunAction>;
  close: () => void;
}

function MarkErrorForm({ target, existing, run, close }: FormProps) {
  const db = useDb();
  const [category, setCategory] = useState<string>(existing?.category ?? 'Terminology');
  const [severity, setSeverity] = useState<MqmSeverity>((existing?.severity as MqmSeverity | undefined) ?? 'major');
  const [note, setNote] = useState<string>(existing?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const sevName = useId();
  const info = MQM_CATEGORIES.find((c) => c.id === category);

  const save = async () => {
    if (info?.needsNote && !note.trim()) {
      setError('“Other” needs a note saying what is wrong. Write one, or choose a category.');
      return;
    }
    if (category === 'Accuracy/Omission' && target.side === 'target') {
      setError('Omissions are marked on the source side: select the English text that is missing from the translation, then “Mark error”.');
      return;
    }
    if (existing) {
      const id = await run(`Edit annotation “${existing.text ?? ''}”`, [
        changeAnnotationOp(existing, { category, severity: severity as AnnotationSeverity, note: note.trim() }),
      ]);
      if (id !== null) close();
      return;
    }
    const unit = await db.units.get(target.unitId);
    if (!unit) {
      setError('This unit no longer exists (the project was reset in another tab). Reload the page.');
      return;
    }
    const id = await run(`Mark error “${target.text.slice(0, 20)}”`, [
      {
        type: 'annotation',
        before: null,
        after: {
          unitId: target.unitId,
          documentId: unit.documentId,
          side: target.side,
          start: target.start,
          end: target.end,
          text: target.text,
          category,
          severity: severity as AnnotationSeverity,
          note: note.trim(),
        },
      },
    ]);
    if (id !== null) {
      close();
      useStore.getState().setNotice(`Marked a ${severity} ${info?.label ?? category} error.`);
    }
  };

  return (
    <Modal
      title={existing ? 'Edit annotation' : 'Mark error'}
      onClose={close}
      initialFocus={selectRef}
      actions={
        <>
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="button" className="btn-primary" onClick={() => void save()}>
            {existing ? 'Save annotation' : 'Mark error'}
          </button>
        </>
      }
    >
      <p>
        {target.side === 'source' ? 'Source' : 'Target'}: <q lang={target.side === 'source' ? 'en' : 'zh-Hans'}>{target.text}</q>
      </p>
      <div className="settings-grid">
        <label className="field">
          Category
          <select ref={selectRef} value={category} onChange={(e) => setCategory(e.target.value)}>
            {MQM_CATEGORIES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.parent ? `${c.parent} › ${c.label}` : c.label}
              </option>
            ))}
          </select>
        </label>
        {info && <p className="muted">{info.description}</p>}
        <fieldset className="field">
          <legend>Severity</legend>
          <div className="radio-row">
            {MQM_SEVERITIES.map((s) => (
              <label key={s.id} title={s.description}>
                <input type="radio" name={sevName} value={s.id} checked={severity === s.id} onChange={() => setSeverity(s.id)} />
                {s.label}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="field">
          Note{info?.needsNote ? ' (required)' : ' (optional)'}
          <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </Modal>
  );
}
