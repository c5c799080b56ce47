import { useId, useState } from 'react';
import type { Concept, ZhTerm } from '../../core/glossary';
import { saveTerm, TermValidationError, type GlossaryRow } from '../../db/glossary';
import { useDb } from '../shell/DbContext';
import { describeStorageError } from '../shell/describeStorageError';

const split = (s: string) => s.split(/[,，、;；]/).map((x) => x.trim()).filter(Boolean);

/**
 * Add or edit a project entry: English term, variants, approved Chinese (the first is
 * preferred), forbidden Chinese, note. Editing a built-in entry saves a project override.
 */
export function TermForm({ projectId, row, onDone }: { projectId: number; row?: GlossaryRow; onDone: () => void }) {
  const db = useDb();
  const c = row?.concept;
  const [en, setEn] = useState(c?.en[0]?.text ?? '');
  const [variants, setVariants] = useState((c?.en[0]?.variants ?? []).join(', '));
  const [approved, setApproved] = useState((row?.approved ?? []).join(', '));
  const [forbidden, setForbidden] = useState((row?.forbidden ?? []).join(', '));
  const [note, setNote] = useState(c?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const override = row?.source === 'built-in';
  const title = !row ? 'New entry' : override ? `Override the built-in entry “${row.en}”` : `Edit “${row.en}”`;

  const save = async () => {
    const zh: ZhTerm[] = [];
    split(approved).forEach((t, i) => zh.push({ text: t, status: i === 0 ? 'preferred' : 'admitted' }));
    for (const t of split(forbidden)) zh.push({ text: t, status: 'forbidden' });
    const keepZh = (z: ZhTerm) => z.text !== '' || zh.length === 1;
    const base: Concept = c ? structuredClone(c) : { id: `user.${en.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}-${Date.now().toString(36)}`, en: [], zh: [] };
    const concept: Concept = {
      ...base,
      en: [{ ...(base.en[0] ?? {}), text: en, ...(split(variants).filter(Boolean).length ? { variants: split(variants).filter(Boolean) } : {}) }, ...base.en.slice(1)],
      zh: zh.filter(keepZh).map((z) => ({ ...(c?.zh.find((o) => o.text === z.text) ?? {}), ...z })),
      provenance: { ...(base.provenance ?? {}), origin: base.provenance?.origin === 'learned' ? 'learned' : 'user', date: new Date().toISOString().slice(0, 10) },
    };
    if (note.trim()) concept.note = note.trim();
    else delete concept.note;
    if (concept.en[0] && !variants.trim()) delete concept.en[0].variants;
    try {
      await saveTerm(db, projectId, concept, {
        ...(row?.entry && row.source === 'project' ? { termId: row.entry.id } : {}),
        ...(override ? { overrides: c!.id } : {}),
      });
      onDone();
    } catch (err) {
      setError(err instanceof TermValidationError ? err.message : describeStorageError(err));
    }
  };

  return (
    <form
      className="toolbar"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        English term
        <input value={en} onChange={(e) => setEn(e.target.value)} aria-describedby={error ? errorId : undefined} required />
      </label>
      <label>
        Variants
        <input value={variants} onChange={(e) => setVariants(e.target.value)} placeholder="plural, spelling…" />
      </label>
      <label>
        Approved Chinese
        <input lang="zh-Hans" value={approved} onChange={(e) => setApproved(e.target.value)} placeholder="训练, …" />
      </label>
      <label>
        Forbidden Chinese
        <input lang="zh-Hans" value={forbidden} onChange={(e) => setForbidden(e.target.value)} placeholder="培训, …" />
      </label>
      <label>
        Note
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="btn-primary">
        Save entry
      </button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
      {error && (
        <p id={errorId} role="alert" className="form-error" style={{ flexBasis: '100%' }}>
          {error}
        </p>
      )}
    </form>
  );
}
