import { useEffect, useState } from 'react';
import type { Finding } from '../../core/model';
import { useStore } from '../../store';
import { Modal } from '../common/Modal';
import { useProjectTermbases } from '../glossary';
import { checkOffThread, useRunAction } from '../review';
import { useDb } from '../shell/DbContext';
import { applyAllOps, planApplyAll, type ApplyAllChange } from './planApplyAll';

function Context({ text, spans, replacement }: { text: string; spans: { start: number; end: number }[]; replacement?: string }) {
  // A window of the text around the changes, the changed parts marked.
  const from = Math.max(0, spans[0].start - 12);
  const to = Math.min(text.length, spans[spans.length - 1].end + 12);
  const parts: React.ReactNode[] = [from > 0 ? '…' : ''];
  let pos = from;
  spans.forEach((s, i) => {
    parts.push(text.slice(pos, s.start));
    parts.push(
      replacement === undefined ? (
        <del key={i}>
          <span className="visually-hidden">deleted: </span>
          {text.slice(s.start, s.end)}
        </del>
      ) : (
        <ins key={i}>
          <span className="visually-hidden">inserted: </span>
          {replacement}
        </ins>
      ),
    );
    pos = s.end;
  });
  parts.push(text.slice(pos, to), to < text.length ? '…' : '');
  return <span lang="zh-Hans">{parts}</span>;
}

/** "Apply to all": previews every change across the project, then applies them as one undoable step. */
export function ApplyAllDialog({ finding }: { finding: Finding }) {
  const db = useDb();
  const projectId = useStore((s) => s.projectId);
  const termbases = useProjectTermbases();
  const run = useRunAction();
  const [plan, setPlan] = useState<ApplyAllChange[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => useStore.getState().openDialog(null);

  useEffect(() => {
    if (projectId === null || !termbases) return;
    const ac = new AbortController();
    planApplyAll(db, projectId, finding, checkOffThread, termbases, ac.signal).then(setPlan, (err: unknown) => {
      if (!ac.signal.aborted) setError(`The changes could not be prepared (${err instanceof Error ? err.message : String(err)}). Nothing was changed; close and try again.`);
    });
    return () => ac.abort();
  }, [db, projectId, finding, termbases]);

  const apply = async () => {
    if (!plan?.length) return;
    setBusy(true);
    const n = plan.reduce((k, c) => k + c.spans.length, 0);
    const id = await run(`Apply to all: ${finding.target?.text} → ${finding.suggestion} (${n})`, applyAllOps(plan));
    setBusy(false);
    if (id !== null) {
      close();
      useStore.getState().setNotice(`Applied ${n} ${n === 1 ? 'change' : 'changes'} in ${plan.length} ${plan.length === 1 ? 'unit' : 'units'}. Undo reverts them all.`);
    }
  };

  const count = plan?.reduce((k, c) => k + c.spans.length, 0) ?? 0;
  return (
    <Modal
      title="Apply to all"
      onClose={close}
      actions={
        <>
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="button" className="btn-primary" onClick={() => void apply()} disabled={busy || !plan?.length}>
            {plan ? `Apply ${count} ${count === 1 ? 'change' : 'changes'}` : 'Apply'}
          </button>
        </>
      }
    >
      <p>
        Replace <span lang="zh-Hans">“{finding.target?.text}”</span> with <span lang="zh-Hans">“{finding.suggestion}”</span> wherever{' '}
        {finding.check} flags it in this project.
      </p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {!plan && !error && <p role="status">Finding every occurrence…</p>}
      {plan && plan.length === 0 && <p role="status">No other occurrence: nothing to change.</p>}
      {plan && plan.length > 0 && (
        <ul className="apply-all-list" aria-label="Changes">
          {plan.map((c) => (
            <li key={c.unitId}>
              <span className="muted">
                {c.documentTitle} · unit {c.unitExtId} · {c.spans.length} {c.spans.length === 1 ? 'change' : 'changes'}
              </span>
              <p className="apply-all-line">
                <Context text={c.before} spans={c.spans} />
              </p>
              <p className="apply-all-line">
                → <Context text={c.before} spans={c.spans} replacement={finding.suggestion} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
