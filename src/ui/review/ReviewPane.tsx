import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo } from 'react';
import { useStore } from '../../store';
import { languageLabel } from '../common/languageLabel';
import { StatusChip } from '../common/StatusChip';
import { useProjectTermbases } from '../glossary';
import { useDb } from '../shell/DbContext';
import { FindingsPanel } from './FindingsPanel';
import { spansFor, type MarkSpan } from './highlightSpans';
import { SegmentGrid } from './SegmentGrid';
import { useDocumentFindings } from './useDocumentFindings';
import { useDocumentRows } from './useDocumentRows';

/** The selected document: heading, aligned rows (Source | Target), and the Findings panel. */
export function ReviewPane() {
  const db = useDb();
  const documentId = useStore((s) => s.documentId);
  const stored = useLiveQuery(() => (documentId === null ? undefined : db.documents.get(documentId)), [db, documentId]);
  const doc = stored && stored.id === documentId ? stored : undefined; // never a previous document's
  const { units, rows } = useDocumentRows(documentId);
  const headingId = useId();
  const termbases = useProjectTermbases(); // project + imported termbases (issue 6): approving a term re-checks
  const findingsState = useDocumentFindings(termbases ? units : undefined, termbases);
  const marks = useMemo(() => {
    const byUnit = new Map<number, { source: MarkSpan[]; target: MarkSpan[] }>();
    const grouped = new Map<string, typeof findingsState.findings>();
    for (const f of findingsState.findings) {
      const list = grouped.get(f.unitId);
      if (list) list.push(f);
      else grouped.set(f.unitId, [f]);
    }
    for (const [id, list] of grouped) byUnit.set(Number(id), { source: spansFor(list, 'source'), target: spansFor(list, 'target') });
    return byUnit;
  }, [findingsState.findings]);

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
        {units ? (
          <SegmentGrid rows={rows} multiUnit={doc.unitCount > 1} marks={marks} />
        ) : (
          <p className="empty">Loading…</p>
        )}
        <FindingsPanel state={findingsState} />
      </div>
    </main>
  );
}
