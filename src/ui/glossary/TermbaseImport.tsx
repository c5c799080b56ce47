import { useId, useRef, useState } from 'react';
import { parseTermbaseFile, TERMBASE_IMPORT_EXTENSIONS } from '../../core/formats';
import { builtinTermbase, type Termbase } from '../../core/glossary';
import { ImportError } from '../../core/model';
import {
  importTermbase,
  loadProjectTermbases,
  planTermbaseImport,
  validateConcept,
  type ImportPlan,
  type MergeChoice,
} from '../../db/glossary';
import { useStore } from '../../store';
import { Modal } from '../common/Modal';
import { useDb } from '../shell/DbContext';
import { describeStorageError } from '../shell/describeStorageError';
import { TermbasesInUse } from './TermbasesInUse';

interface Pending {
  tb: Termbase;
  fileName: string;
  plan: ImportPlan;
}

const CHOICES: { value: MergeChoice; label: string; hint: string }[] = [
  { value: 'keep-existing', label: 'Keep existing', hint: 'skip the imported entries that clash' },
  { value: 'replace', label: 'Replace', hint: 'the imported entries win; clashing project entries are removed' },
  { value: 'keep-both', label: 'Keep both', hint: 'store both; their renderings are merged' },
];

/** "Import termbase" (TBX, CSV/TSV, JSON, "中文，english" lists); clashes ask how to merge. */
export function TermbaseImport() {
  const db = useDb();
  const projectId = useStore((s) => s.projectId);
  const [pending, setPending] = useState<Pending | null>(null);
  const [choice, setChoice] = useState<MergeChoice>('keep-existing');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const headingId = useId();

  const store = async (p: Pending, how: MergeChoice) => {
    if (projectId === null) return;
    try {
      const r = await importTermbase(db, projectId, p.tb, p.fileName, p.plan, how);
      const parts = [`Imported ${r.added} ${r.added === 1 ? 'entry' : 'entries'} from ${p.fileName}`];
      if (r.skipped) parts.push(`${r.skipped} kept as they were`);
      if (r.replaced) parts.push(`${r.replaced} replaced`);
      setMessage({ kind: 'ok', text: `${parts.join(', ')}.` });
    } catch (err) {
      setMessage({ kind: 'error', text: describeStorageError(err) });
    }
    setPending(null);
  };

  const onFile = async (file: File) => {
    setMessage(null);
    if (projectId === null) return;
    let tb: Termbase;
    const warnings: string[] = [];
    try {
      const r = parseTermbaseFile(new Uint8Array(await file.arrayBuffer()), file.name);
      tb = r.termbase;
      warnings.push(...r.warnings);
    } catch (err) {
      setMessage({ kind: 'error', text: err instanceof ImportError ? `${err.message}. Nothing was imported.` : `${file.name}: ${(err as Error).message}. Nothing was imported.` });
      return;
    }
    const usable = tb.concepts.filter((c) => {
      try {
        validateConcept(c);
        return true;
      } catch (e) {
        warnings.push(`${file.name}: entry “${c.en[0]?.text ?? c.id}” skipped: ${(e as Error).message}`);
        return false;
      }
    });
    tb = { ...tb, concepts: usable };
    if (usable.length === 0) {
      setMessage({ kind: 'error', text: `${file.name} holds no usable entry. ${warnings.slice(0, 3).join(' ')}` });
      return;
    }
    const existing = await loadProjectTermbases(db, projectId);
    const plan = planTermbaseImport([builtinTermbase(), ...existing.termbases], tb);
    const p = { tb, fileName: file.name, plan };
    if (plan.clashes.length) setPending(p);
    else await store(p, 'keep-both');
    if (warnings.length) setMessage((m) => ({ kind: m?.kind ?? 'ok', text: `${m?.text ?? ''} ${warnings.slice(0, 3).join(' ')}`.trim() }));
  };

  const dup = pending?.plan.clashes.filter((c) => c.kind === 'duplicate').length ?? 0;
  const contra = pending?.plan.clashes.filter((c) => c.kind === 'contradiction') ?? [];
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
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void onFile(f);
            }}
          />
        </label>
      </div>
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
            {pending.plan.fresh.length} new {pending.plan.fresh.length === 1 ? 'entry' : 'entries'}; {dup}{' '}
            {dup === 1 ? 'duplicates an existing entry' : 'duplicate existing entries'}; {contra.length}{' '}
            {contra.length === 1 ? 'contradicts one' : 'contradict existing ones'}.
          </p>
          {contra.length > 0 && (
            <ul>
              {contra.slice(0, 5).map((c, i) => (
                <li key={i}>
                  {c.incoming.en[0]?.text}: <span lang="zh-Hans">{c.incoming.zh.map((z) => z.text).join('、') || '—'}</span> here,{' '}
                  <span lang="zh-Hans">{c.existing.zh.filter((z) => z.status !== 'forbidden').map((z) => z.text).join('、') || '—'}</span> in {c.existingIn}
                </li>
              ))}
              {contra.length > 5 && <li>… and {contra.length - 5} more</li>}
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
