import { useId, useRef, useState } from 'react';
import { TERMBASE_IMPORT_EXTENSIONS } from '../../core/formats';
import type { MergeChoice } from '../../db/glossary';
import { useStore } from '../../store';
import type { TermbasePreview } from '../../worker/glossaryProtocol';
import { Modal } from '../common/Modal';
import { useDb } from '../shell/DbContext';
import { describeStorageError } from '../shell/describeStorageError';
import { glossaryOffThread } from './glossaryOffThread';
import { TermbasesInUse } from './TermbasesInUse';

const CHOICES: { value: MergeChoice; label: string; hint: string }[] = [
  { value: 'keep-existing', label: 'Keep existing', hint: 'skip the imported entries that clash' },
  { value: 'replace', label: 'Replace', hint: 'the imported entries win; clashing project entries are removed' },
  { value: 'keep-both', label: 'Keep both', hint: 'store both; their renderings are merged' },
];

type Busy = { fileName: string; phase: 'reading' | 'writing'; done: number; total: number };

/**
 * "Import termbase" (TBX, CSV/TSV, JSON, "中文，english" lists): the glossary worker parses
 * the file and compares it with the termbases in use, clashes ask how to merge, then the
 * worker stores it in one transaction with a progress bar. The page never parses or
 * writes 10,000 entries on the main thread.
 */
export function TermbaseImport() {
  const db = useDb();
  const projectId = useStore((s) => s.projectId);
  const [pending, setPending] = useState<TermbasePreview | null>(null);
  const [choice, setChoice] = useState<MergeChoice>('keep-existing');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const headingId = useId();

  const store = async (p: TermbasePreview, how: MergeChoice) => {
    setPending(null);
    if (projectId === null) return;
    setBusy({ fileName: p.fileName, phase: 'writing', done: 0, total: p.entries });
    try {
      const r = await glossaryOffThread(db, 'storeTermbase', { projectId, fileName: p.fileName, choice: how }, ({ done, total }) =>
        setBusy({ fileName: p.fileName, phase: 'writing', done, total }),
      );
      const parts = [`Imported ${r.added.toLocaleString('en')} ${r.added === 1 ? 'entry' : 'entries'} from ${p.fileName}`];
      if (r.skipped) parts.push(`${r.skipped.toLocaleString('en')} kept as they were`);
      if (r.replaced) parts.push(`${r.replaced.toLocaleString('en')} replaced`);
      const warn = p.warnings.length ? ` ${p.warnings.slice(0, 3).join(' ')}` : '';
      setMessage({ kind: 'ok', text: `${parts.join(', ')}.${warn}` });
    } catch (err) {
      setMessage({ kind: 'error', text: err instanceof Error && err.name === 'TermbaseFileError' ? err.message : describeStorageError(err) });
    } finally {
      setBusy(null);
    }
  };

  const onFile = async (file: File) => {
    setMessage(null);
    if (projectId === null) return;
    setBusy({ fileName: file.name, phase: 'reading', done: 0, total: 0 });
    let preview: TermbasePreview;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      preview = await glossaryOffThread(db, 'parseTermbase', { projectId, bytes, fileName: file.name });
    } catch (err) {
      setBusy(null);
      setMessage({ kind: 'error', text: err instanceof Error && err.name === 'TermbaseFileError' ? err.message : describeStorageError(err) });
      return;
    }
    setBusy(null);
    if (preview.duplicates + preview.contradictions > 0) setPending(preview);
    else await store(preview, 'keep-both');
  };

  const dup = pending?.duplicates ?? 0;
  const contra = pending?.contradictions ?? 0;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Termbases in use</h3>
      <TermbasesInUse />
      <div className="toolbar">
        <label>
          Termbase file ({TERMBASE_IMPORT_EXTENSIONS.map((e) => `.${e}`).join(', ')})
          <input
            ref={inputRef}
            type="file"
            accept={TERMBASE_IMPORT_EXTENSIONS.map((e) => `.${e}`).join(',')}
            disabled={busy !== null}
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void onFile(f);
            }}
          />
        </label>
      </div>
      {busy && (
        <div className="toolbar">
          <span role="status">
            {busy.phase === 'reading'
              ? `Reading ${busy.fileName} and comparing it with the termbases in use…`
              : `Saving ${busy.fileName}… ${busy.done.toLocaleString('en')} of ${busy.total.toLocaleString('en')} entries`}
          </span>
          {busy.phase === 'writing' && <progress aria-label={`Importing termbase ${busy.fileName}`} max={busy.total || 1} value={busy.done} />}
        </div>
      )}
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'form-error' : 'muted'}>
          {message.text}
        </p>
      )}
      {pending && (
        <Modal
          title={`Merge ${pending.fileName}?`}
          onClose={() => setPending(null)}
          actions={
            <>
              <button type="button" onClick={() => setPending(null)}>
                Cancel
              </button>
              <button type="button" className="btn-primary" onClick={() => void store(pending, choice)}>
                Import
              </button>
            </>
          }
        >
          <p>
            {pending.fresh.toLocaleString('en')} new {pending.fresh === 1 ? 'entry' : 'entries'}; {dup.toLocaleString('en')}{' '}
            {dup === 1 ? 'duplicates an existing entry' : 'duplicate existing entries'}; {contra.toLocaleString('en')}{' '}
            {contra === 1 ? 'contradicts one' : 'contradict existing ones'}.
          </p>
          {contra > 0 && (
            <ul>
              {pending.examples.map((c, i) => (
                <li key={i}>
                  {c.en}: <span lang="zh-Hans">{c.here || '—'}</span> here, <span lang="zh-Hans">{c.there || '—'}</span> in {c.existingIn}
                </li>
              ))}
              {contra > pending.examples.length && <li>… and {(contra - pending.examples.length).toLocaleString('en')} more</li>}
            </ul>
          )}
          <fieldset>
            <legend>How should clashing entries be merged?</legend>
            {CHOICES.map((c) => (
              <label key={c.value} style={{ display: 'block' }}>
                <input type="radio" name="merge" value={c.value} checked={choice === c.value} onChange={() => setChoice(c.value)} /> {c.label}{' '}
                <span className="muted">— {c.hint}</span>
              </label>
            ))}
          </fieldset>
        </Modal>
      )}
    </section>
  );
}
