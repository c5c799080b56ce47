import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store';
import { AnnotationsPanel, selectionToSpan, useDocumentAnnotations } from '../annotate';
import { languageLabel } from '../common/languageLabel';
import { StatusChip } from '../common/StatusChip';
import { decisionLookup, FindingsPanel, useDecisions, useFindingActions, visibleFindings } from '../findings';
import { useProjectTermbases } from '../glossary';
import { TermsPanel } from '../terms';
import { useReviewShortcuts } from '../shortcuts';
import { useDb } from '../shell/DbContext';
import { spansFor, type MarkSpan } from './highlightSpans';
import { openTranslationEditor } from './openTranslationEditor';
import { ReviewDialogs } from './ReviewDialogs';
import { ReviewToolbar } from './ReviewToolbar';
import { SegmentGrid } from './SegmentGrid';
import { useDocumentFindings } from './useDocumentFindings';
import { useDocumentRows } from './useDocumentRows';
import { useDraftFindings } from './useDraftFindings';
import { useOtherTabNotice } from './useOtherTabNotice';
import { useUndoRedo } from './useUndoRedo';
import './reviewTools.css';

/**
 * The selected document: heading, toolbar (undo/redo, Mark error, scores), aligned rows
 * (Source | Target), and the Findings and Annotations panels.
 */
export function ReviewPane() {
  const db = useDb();
  const documentId = useStore((s) => s.documentId);
  const stored = useLiveQuery(() => (documentId === null ? undefined : db.documents.get(documentId)), [db, documentId]);
  const doc = stored && stored.id === documentId ? stored : undefined; // never a previous document's
  const { units, rows } = useDocumentRows(documentId);
  const headingId = useId();
  const termbases = useProjectTermbases(); // project + imported termbases (issue 6): approving a term re-checks
  const checked = useDocumentFindings(termbases ? units : undefined, termbases);
  const draft = useDraftFindings(units, termbases);
  // While a translation is being typed, its unit shows the findings of the draft.
  const findingsState = useMemo(
    () =>
      draft
        ? { ...checked, findings: [...checked.findings.filter((f) => f.unitId !== draft.unitId), ...draft.findings] }
        : checked,
    [checked, draft],
  );
  const storedDecisions = useDecisions(units);
  const decisions = useMemo(() => decisionLookup(findingsState.findings, storedDecisions), [findingsState.findings, storedDecisions]);
  const actions = useFindingActions(units, decisions);
  const { undo, redo } = useUndoRedo();
  useOtherTabNotice();
  const filter = useStore(useShallow((s) => s.findingsFilter));
  const showDismissed = useStore((s) => s.showDismissed);
  const listed = useMemo(
    () => visibleFindings(findingsState.findings, decisions, filter, showDismissed),
    [findingsState.findings, decisions, filter, showDismissed],
  );

  const annotations = useDocumentAnnotations(documentId);
  const marks = useMemo(() => {
    const byUnit = new Map<number, { source: MarkSpan[]; target: MarkSpan[] }>();
    const grouped = new Map<string, typeof findingsState.findings>();
    for (const f of checked.findings) {
      if (decisions.of(f)?.action === 'dismissed') continue; // a dismissed finding is not marked
      if (draft && f.unitId === draft.unitId) continue;
      const list = grouped.get(f.unitId);
      if (list) list.push(f);
      else grouped.set(f.unitId, [f]);
    }
    for (const [id, list] of grouped) byUnit.set(Number(id), { source: spansFor(list, 'source'), target: spansFor(list, 'target') });
    // Marked errors (MQM annotations) are marked too, where their text is still in place.
    const texts = new Map((units ?? []).map((u) => [u.unit.id, u]));
    for (const a of annotations ?? []) {
      const cu = texts.get(a.unitId);
      const side = a.side ?? 'target';
      if (!cu || a.start === undefined || a.end === undefined || cu[side].slice(a.start, a.end) !== a.text) continue;
      const entry = byUnit.get(a.unitId) ?? { source: [], target: [] };
      const severity = a.severity === 'neutral' ? 'info' : (a.severity ?? 'minor');
      entry[side] = [...entry[side], { start: a.start, end: a.end, severity, message: `Marked error: ${a.category ?? 'Other'} (${a.severity ?? ''})${a.note ? ` — ${a.note}` : ''}` }];
      byUnit.set(a.unitId, entry);
    }
    return byUnit;
  }, [checked.findings, decisions, draft, annotations, units]);

  const markError = () => {
    const span = selectionToSpan(window.getSelection());
    const s = useStore.getState();
    if (span) {
      s.openDialog({ kind: 'mark', target: span });
      return;
    }
    const row = rows[s.activeRow];
    if (row && row.targetText) {
      s.openDialog({
        kind: 'mark',
        target: { unitId: row.cu.unit.id, side: 'target', start: row.targetStart, end: row.targetStart + row.targetText.length, text: row.targetText },
      });
    } else {
      s.setNotice('Select the text that is wrong (in the source or the target) first, then “Mark error”.', true);
    }
  };

  useReviewShortcuts({
    rowCount: rows.length,
    findings: listed,
    editRow: (i) => {
      const row = rows[i];
      if (row?.targetText) openTranslationEditor(row, false);
    },
    historyRow: (i) => {
      const row = rows[i];
      if (row) useStore.getState().openDialog({ kind: 'history', unitId: row.cu.unit.id });
    },
    markError,
    apply: (f) => void actions.apply(f),
    confirm: (f) => void actions.confirm(f),
    undo: () => void undo(),
    redo: () => void redo(),
  });

  if (documentId === null || !doc) {
    return (
      <main className="review review-empty" aria-label="Review">
        <p className="empty">{documentId === null ? 'Choose a document in the list.' : 'Loading…'}</p>
        <ReviewDialogs actions={actions} />
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
      <ReviewToolbar onUndo={() => void undo()} onRedo={() => void redo()} onMarkError={markError} />
      <div className="review-body">
        {units ? (
          <SegmentGrid rows={rows} multiUnit={doc.unitCount > 1} marks={marks} />
        ) : (
          <p className="empty">Loading…</p>
        )}
        <div className="side-panels">
          <FindingsPanel state={findingsState} decisions={decisions} actions={actions} />
          <AnnotationsPanel documentId={doc.id} />
          <TermsPanel units={units} unitIdAtRow={(i) => rows[i]?.cu.unit.id} />
        </div>
      </div>
      <ReviewDialogs actions={actions} />
    </main>
  );
}
