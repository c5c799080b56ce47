import { useDeferredValue, useId, useState } from 'react';
import type { TermStatus } from '../../core/glossary';
import { deleteTerm, type GlossaryRow } from '../../db/glossary';
import { useStore } from '../../store';
import { useDb } from '../shell/DbContext';
import { TermForm } from './TermForm';
import { TermTable } from './TermTable';
import { useTermRows } from './useTermRows';

/**
 * Entries of every termbase in use: search, filters by status and provenance, add/edit/
 * delete. Searched, filtered and paged by the glossary worker (useTermRows).
 */
export function TermEntries() {
  const db = useDb();
  const projectId = useStore((s) => s.projectId);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<TermStatus | ''>('');
  const [origin, setOrigin] = useState('');
  const [editing, setEditing] = useState<GlossaryRow | 'new' | null>(null);
  const deferred = useDeferredValue(query);
  const rows = useTermRows(deferred, status, origin);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Entries</h3>
      <div className="toolbar">
        <label>
          Search terms
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="training, 训练…" />
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value as TermStatus | '')}>
            <option value="">Any status</option>
            <option value="preferred">preferred</option>
            <option value="admitted">admitted</option>
            <option value="forbidden">forbidden</option>
          </select>
        </label>
        <label>
          Provenance
          <select value={origin} onChange={(e) => setOrigin(e.target.value)}>
            <option value="">Any provenance</option>
            <option value="learned">learned from corrections</option>
            <option value="user">added by a reviewer</option>
            <option value="imported">imported</option>
            <option value="builtin">built-in</option>
          </select>
        </label>
        <button type="button" onClick={() => setEditing('new')} disabled={projectId === null}>
          Add entry
        </button>
        <span className="muted" aria-live="polite">
          {rows.ready ? `${rows.count.toLocaleString('en')} of ${rows.total.toLocaleString('en')} entries` : 'Loading…'}
        </span>
      </div>
      {editing && projectId !== null && (
        <TermForm key={editing === 'new' ? 'new' : editing.key} projectId={projectId} row={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
      )}
      <p className="muted">Priority: project entries win over imported ones, which win over the built-in termbase. Built-in entries are read-only; “Override” saves a project copy.</p>
      {rows.error && (
        <p role="alert" className="form-error">
          The entries could not be read ({rows.error}). Reload the page to try again.
        </p>
      )}
      {rows.ready && <TermTable count={rows.count} total={rows.total} rowAt={rows.rowAt} want={rows.want} onEdit={setEditing} onDelete={(r) => r.entry && void deleteTerm(db, r.entry.id)} />}
    </section>
  );
}
