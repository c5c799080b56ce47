import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { writeTbx } from '../../core/formats';
import { useStore } from '../../store';
import { downloadText } from '../common/downloadText';
import { useDb } from '../shell/DbContext';
import { buildGlossaryExport, type ExportScope } from './buildGlossaryExport';
import { glossaryFileName } from './glossaryFileName';
import type { GlossaryRow } from './glossaryRows';
import { writeGlossaryCsv } from './writeGlossaryCsv';

/** Export the corrected glossary as TBX or CSV, whole or changed since a date, with provenance. */
export function GlossaryExport({ rows }: { rows: GlossaryRow[] | undefined }) {
  const db = useDb();
  const projectId = useStore((s) => s.projectId);
  const project = useLiveQuery(() => (projectId === null ? undefined : db.projects.get(projectId)), [db, projectId]);
  const [format, setFormat] = useState<'tbx' | 'csv'>('tbx');
  const [scope, setScope] = useState<ExportScope>('project');
  const [since, setSince] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const headingId = useId();

  const run = () => {
    if (!rows || !project) return;
    const sinceDate = since ? new Date(`${since}T00:00:00`) : undefined;
    const tb = buildGlossaryExport(rows, scope, project.name, sinceDate);
    if (tb.concepts.length === 0) {
      setMessage(
        since
          ? `No entry changed since ${since}. Choose an earlier date or export the whole termbase.`
          : 'The project termbase is empty: approve a candidate or add an entry first, or export all termbases.',
      );
      return;
    }
    const text = format === 'tbx' ? writeTbx(tb) : writeGlossaryCsv(tb);
    const name = glossaryFileName(project.name, format);
    downloadText(text, name, format === 'tbx' ? 'application/x-tbx+xml' : 'text/csv');
    setMessage(`Exported ${tb.concepts.length} ${tb.concepts.length === 1 ? 'entry' : 'entries'} to ${name}.`);
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
        <button type="button" className="btn-primary" onClick={run} disabled={!rows || !project}>
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
