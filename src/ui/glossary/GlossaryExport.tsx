import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import type { ExportScope } from '../../db/glossary';
import { useStore } from '../../store';
import { downloadText } from '../common/downloadText';
import { useDb } from '../shell/DbContext';
import { describeStorageError } from '../shell/describeStorageError';
import { glossaryFileName } from './glossaryFileName';
import { glossaryOffThread } from './glossaryOffThread';

/**
 * Export the corrected glossary as TBX or CSV, whole or changed since a date, with
 * provenance. The file is written by the glossary worker (10,000 entries never block the page).
 */
export function GlossaryExport() {
  const db = useDb();
  const projectId = useStore((s) => s.projectId);
  const project = useLiveQuery(() => (projectId === null ? undefined : db.projects.get(projectId)), [db, projectId]);
  const [format, setFormat] = useState<'tbx' | 'csv'>('tbx');
  const [scope, setScope] = useState<ExportScope>('project');
  const [since, setSince] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const headingId = useId();

  const [busy, setBusy] = useState(false);

  const run = async () => {
    if (!project) return;
    const sinceDate = since ? new Date(`${since}T00:00:00`) : undefined;
    setBusy(true);
    setMessage(null);
    let out: { text: string; count: number };
    try {
      out = await glossaryOffThread(db, 'exportGlossary', { projectId: project.id, projectName: project.name, scope, format, ...(sinceDate ? { since: sinceDate.getTime() } : {}) });
    } catch (err) {
      setMessage(`The glossary could not be exported: ${describeStorageError(err)}`);
      return;
    } finally {
      setBusy(false);
    }
    if (out.count === 0) {
      setMessage(
        since
          ? `No entry changed since ${since}. Choose an earlier date or export the whole termbase.`
          : 'The project termbase is empty: approve a candidate or add an entry first, or export all termbases.',
      );
      return;
    }
    const name = glossaryFileName(project.name, format);
    downloadText(out.text, name, format === 'tbx' ? 'application/x-tbx+xml' : 'text/csv');
    setMessage(`Exported ${out.count.toLocaleString('en')} ${out.count === 1 ? 'entry' : 'entries'} to ${name}.`);
  };

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Export the corrected glossary</h3>
      <div className="toolbar">
        <label>
          Format
          <select value={format} onChange={(e) => setFormat(e.target.value as 'tbx' | 'csv')}>
            <option value="tbx">TBX (TBX-Basic, with provenance)</option>
            <option value="csv">CSV (with provenance)</option>
          </select>
        </label>
        <label>
          Entries
          <select value={scope} onChange={(e) => setScope(e.target.value as ExportScope)}>
            <option value="project">Project termbase (learned and edited)</option>
            <option value="all">All termbases in use</option>
          </select>
        </label>
        <label>
          Changed since (optional)
          <input type="date" value={since} onChange={(e) => setSince(e.target.value)} />
        </label>
        <button type="button" className="btn-primary" onClick={() => void run()} disabled={!project || busy}>
          Export glossary
        </button>
      </div>
      {message && (
        <p role="status" className="muted">
          {message}
        </p>
      )}
    </section>
  );
}
