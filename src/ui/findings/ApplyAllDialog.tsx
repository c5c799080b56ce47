import { useEffect, useState } from 'react';
import type { Finding } from '../../core/model';
import { useStore } from '../../store';
import { Modal } from '../common/Modal';
import { useProjectTermbases } from '../glossary';
import { checkOffThread, useRunAction } from '../review';
import { useDb } from '../shell/DbContext';
import { applyAllOps, planApplyAll, type ApplyAllChange } from './planApplyAll';

/** One replaced span in a few characters of context: the old text struck out, the new one inserted. */
function Change({ text, start, end, replacement }: { text: string; start: number; end: number; replacement: string }) {
  const from = Math.max(0, start - 10);
  const to = Math.min(text.length, end + 10);
  return (
    <span lang="zh-Hans">
      {from > 0 && '…'}
      {text.slice(from, start)}
      <del>
        <span className="visually-hidden">[deleted: </span>
        {text.slice(start, end)}
        <span className="visually-hidden">]</span>
      </del>
      {replacement && (
        <ins>
          <span className="visually-hidden">[inserted: </span>
          {replacement}
          <span className="visually-hidden">]</span>
        </ins>
      )}
      {text.slice(end, to)}
      {to < text.length && '…'}
    </span>
  );
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
              <ul className="apply-all-spans">
                {c.spans.map((sp) => (
                  <li key={sp.start} className="apply-all-line">
                    <Change text={c.before} start={sp.start} end={sp.end} replacement={finding.suggestion ?? ''} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
