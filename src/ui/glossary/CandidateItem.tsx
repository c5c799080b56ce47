import { useId, useState } from 'react';
import type { TermCandidate } from '../../core/learn';
import { useStore } from '../../store';
import type { CandidateView } from './useCandidates';

const EVIDENCE_SHOWN = 12;

interface Props {
  c: CandidateView;
  busy: boolean;
  onApprove: (c: TermCandidate) => void;
  onReject: (c: TermCandidate) => void;
}

/** One candidate: English term, wrong → right, count, evidence units (open them), conflict; Approve / Reject / Edit. */
export function CandidateItem({ c, busy, onApprove, onReject }: Props) {
  const showUnit = useStore((s) => s.showUnit);
  const [editing, setEditing] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const [en, setEn] = useState(c.en);
  const [wrong, setWrong] = useState(c.wrong);
  const [right, setRight] = useState(c.right);
  const headingId = useId();
  const edited: TermCandidate = { ...c, en, wrong, right };
  const title = `${c.en || '(English term missing)'}: ${c.wrong} → ${c.right}`;
  return (
    <li className="candidate" aria-labelledby={headingId}>
      <div className="candidate-head">
        <h4 id={headingId} className="visually-hidden">
          {title}
        </h4>
        <strong>{en || <em className="muted">English term missing</em>}</strong>
        <span className="zh" aria-label={`machine rendering ${wrong}, to become forbidden`}>
          <span className="term-forbidden">{wrong}</span>
        </span>
        <span aria-hidden="true">→</span>
        <span className="zh term-ok" aria-label={`corrected rendering ${right}, to become approved`}>
          {right}
        </span>
        <span className="chip">
          {c.count} {c.count === 1 ? 'unit' : 'units'}
        </span>
        {c.known && <span className="chip chip-ok">the termbase already says so</span>}
        {c.conflict?.length ? (
          <span className="chip chip-warn" role="note">
            Conflict: reviewers also chose {c.conflict.join(', ')}
          </span>
        ) : null}
        {c.decision && <span className="chip">{c.decision}</span>}
      </div>
      <div className="evidence">
        <span className="muted">Evidence:</span>
        <ul aria-label="Evidence" className="evidence">
          {(showAll ? c.evidenceUnits : c.evidenceUnits.slice(0, EVIDENCE_SHOWN)).map((u) => (
            <li key={u.unitId} style={{ listStyle: 'none' }}>
              <button type="button" className="link-button" onClick={() => showUnit(u.documentId, u.unitId)}>
                {u.label}
              </button>
            </li>
          ))}
        </ul>
        {!showAll && c.evidenceUnits.length > EVIDENCE_SHOWN && (
          <button type="button" className="link-button" onClick={() => setShowAll(true)}>
            {c.evidenceUnits.length - EVIDENCE_SHOWN} more units
          </button>
        )}
        {c.enAlternatives?.length ? <span className="muted">(or: {c.enAlternatives.join(', ')})</span> : null}
      </div>
      {editing && (
        <div className="toolbar" role="group" aria-label="Edit candidate">
          <label>
            English term
            <input value={en} onChange={(e) => setEn(e.target.value)} />
          </label>
          <label>
            Machine rendering (forbidden)
            <input lang="zh-Hans" value={wrong} onChange={(e) => setWrong(e.target.value)} />
          </label>
          <label>
            Corrected rendering (approved)
            <input lang="zh-Hans" value={right} onChange={(e) => setRight(e.target.value)} />
          </label>
        </div>
      )}
      {!c.decision && (
        <div className="candidate-actions">
          <button type="button" className="btn-primary" disabled={busy} onClick={() => onApprove(edited)}>
            Approve
          </button>
          <button type="button" disabled={busy} onClick={() => onReject(c)}>
            Reject
          </button>
          <button type="button" aria-expanded={editing} onClick={() => setEditing((v) => !v)}>
            {editing ? 'Done editing' : 'Edit'}
          </button>
        </div>
      )}
    </li>
  );
}
