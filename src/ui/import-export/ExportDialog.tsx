import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { ExportFormat, ExportFormatInfo } from '../../core/formats';
import { findingsCacheState, type FindingsCacheState } from '../../db';
import { useStore } from '../../store';
import { Modal } from '../common/Modal';
import { useDb } from '../shell/DbContext';
import { downloadText } from '../common/downloadText';
import { exportDownloadName } from './exportDownloadName';
import { exportOffThread } from './exportOffThread';

type Scope = 'document' | 'project';

interface FormatsModule {
  EXPORT_FORMATS: ExportFormatInfo[];
}

/**
 * "Export": the open document or the whole project, in XLIFF 1.2/2.x, TMX, PO, CSV, TSV or
 * JSONL, with the corrections and the machine translation they replaced. Written off the
 * main thread, then downloaded under a sensible name.
 */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const db = useDb();
  const projectId = useStore((s) => s.projectId);
  const documentId = useStore((s) => s.documentId);
  const [formats, setFormats] = useState<FormatsModule | null>(null);
  const [scope, setScope] = useState<Scope>(documentId !== null ? 'document' : 'project');
  const [format, setFormat] = useState<ExportFormat>('xliff12');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cache = useLiveQuery(() => (projectId === null ? undefined : findingsCacheState(db, projectId)), [db, projectId]);

  useEffect(() => {
    let alive = true;
    void import('../../core/formats').then((m) => alive && setFormats({ EXPORT_FORMATS: m.EXPORT_FORMATS }));
    return () => {
      alive = false;
    };
  }, []);

  const run = async () => {
    if (projectId === null || !formats) return;
    setBusy(true);
    setError(null);
    try {
      const docId = scope === 'document' ? documentId : null;
      const text = await exportOffThread(db, format, projectId, docId);
      const project = await db.projects.get(projectId);
      const doc = docId !== null ? await db.documents.get(docId) : undefined;
      const info = formats.EXPORT_FORMATS.find((f) => f.id === format)!;
      downloadText(text, exportDownloadName(project?.name ?? 'duizhao', doc ? doc.title : null, info.extension), info.mime);
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };

  return (
    <Modal
      title="Export"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="button" className="btn-primary" onClick={() => void run()} disabled={busy || !formats || projectId === null}>
            {busy ? 'Exporting…' : 'Download'}
          </button>
        </>
      }
    >
      <fieldset className="export-scope">
        <legend>What to export</legend>
        <label>
          <input type="radio" name="export-scope" checked={scope === 'document'} disabled={documentId === null} onChange={() => setScope('document')} />
          This document
        </label>
        <label>
          <input type="radio" name="export-scope" checked={scope === 'project'} onChange={() => setScope('project')} />
          Whole project
        </label>
      </fieldset>
      <label className="export-format">
        Format
        <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} disabled={!formats}>
          {(formats?.EXPORT_FORMATS ?? []).map((f) => (
            <option key={f.id} value={f.id}>
              {f.label} (.{f.extension})
            </option>
          ))}
        </select>
      </label>
      <p className="muted">Corrections are written as the target; the machine translation they replaced is kept beside it where the format allows.</p>
      {cache && formats?.EXPORT_FORMATS.find((f) => f.id === format)?.findingCounts && <FindingCountsNote cache={cache} />}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </Modal>
  );
}

/** Why the finding counts of a CSV/TSV/JSONL export would be incomplete, and what to do. */
function FindingCountsNote({ cache }: { cache: FindingsCacheState }) {
  if (cache.state === 'complete') return null;
  const text =
    cache.state === 'none'
      ? 'The project has not been checked as a whole yet, so the finding counts in this file will be empty. Open the Dashboard or use “Re-check project” first.'
      : `The last check of the project did not finish${cache.checked !== undefined ? ` (about ${cache.checked.toLocaleString('en')} of ${cache.total.toLocaleString('en')} units)` : ''}, so the finding counts in this file cover only the units it checked. Use “Re-check project” for complete counts.`;
  return (
    <p role="note" className="form-warning">
      {text}
    </p>
  );
}
