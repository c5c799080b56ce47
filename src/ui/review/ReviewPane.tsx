import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useStore } from '../../store';
import { languageLabel } from '../common/languageLabel';
import { StatusChip } from '../common/StatusChip';
import { useDb } from '../shell/DbContext';
import { SegmentGrid } from './SegmentGrid';
import { useDocumentRows } from './useDocumentRows';

/** The selected document: heading, aligned rows (Source | Target), and the Findings panel. */
export function ReviewPane() {
  const db = useDb();
  const documentId = useStore((s) => s.documentId);
  const doc = useLiveQuery(() => (documentId === null ? undefined : db.documents.get(documentId)), [db, documentId]);
  const { units, rows } = useDocumentRows(documentId);
  const headingId = useId();

  if (documentId === null || !doc) {
    return (
      <main className="review review-empty" aria-label="Review">
        <p className="empty">{documentId === null ? 'Choose a document in the list.' : 'Loading…'}</p>
      </main>
    );
  }
  const lang = languageLabel(doc.detectedLang, doc.detectedConfidence);
  return (
    <main className="review" aria-labelledby={headingId}>
      <div className="doc-head">
        <h2 id={headingId} className="doc-heading" lang={doc.detectedLang === 'zh' ? 'zh-Hans' : 'en'}>
          {doc.title}
        </h2>
        <div className="doc-head-meta">
          <StatusChip status={doc.status} />
          {lang && <span className="muted">detected: {lang}</span>}
          <span className="muted">
            {doc.unitCount.toLocaleString('en')} {doc.unitCount === 1 ? 'unit' : 'units'} · {rows.length.toLocaleString('en')}{' '}
            {rows.length === 1 ? 'row' : 'rows'}
          </span>
        </div>
      </div>
      <div className="review-body">
        {units ? <SegmentGrid rows={rows} multiUnit={doc.unitCount > 1} /> : <p className="empty">Loading…</p>}
        <aside className="findings-panel" aria-label="Findings">
          <h3 className="pane-title">Findings</h3>
          <p className="muted">
            Automatic checks have not run on this document yet.
            {doc.status === 'source missing' && ' Add the English source to compare the translation sentence by sentence.'}
            {doc.status === 'translation missing' && ' The Chinese translation is missing: use “Add translation”.'}
          </p>
        </aside>
      </div>
    </main>
  );
}
