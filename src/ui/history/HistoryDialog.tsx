import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../../store';
import { Modal } from '../common/Modal';
import { useRunAction } from '../review';
import { useDb } from '../shell/DbContext';
import { DiffView } from './DiffView';

const REASONS: Record<string, string> = {
  add: 'added',
  edit: 'edited',
  apply: 'suggestion applied',
  'apply to all': 'applied to all',
  restore: 'restored',
  undo: 'undo',
  redo: 'redo',
};

function when(t: number): string {
  return new Date(t).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
}

/**
 * "History" of one unit's translation: the machine translation and every revision (newest
 * first), each with its diff against the one before. "Restore" makes an old text current
 * as a new revision (undoable); nothing is ever removed.
 */
export function HistoryDialog({ unitId }: { unitId: number }) {
  const db = useDb();
  const run = useRunAction();
  const close = () => useStore.getState().openDialog(null);
  const data = useLiveQuery(async () => {
    const unit = await db.units.get(unitId);
    const revisions = (await db.revisions.where('[unitId+side]').equals([unitId, 'target']).toArray()).sort((a, b) => a.id - b.id);
    return { unit, revisions };
  }, [db, unitId]);
  const unit = data?.unit;
  const revisions = data?.revisions ?? [];
  const current = revisions.length ? revisions[revisions.length - 1].text : (unit?.target ?? '');

  const restore = async (text: string, what: string) => {
    const id = await run(`Restore ${what} of unit ${unit?.extId ?? ''}`, [
      { type: 'text', unitId, side: 'target', before: current, after: text, reason: 'restore' },
    ]);
    if (id !== null) useStore.getState().setNotice(`Restored ${what}; it is now the current translation.`);
  };

  const entries = [
    ...revisions.map((r, i) => ({
      key: r.id,
      title: `Revision ${i + 1}`,
      meta: `${when(r.createdAt)} · ${r.author || 'anonymous'} · ${REASONS[r.reason ?? ''] ?? r.reason ?? 'edited'}`,
      text: r.text,
      before: i === 0 ? (unit?.target ?? '') : revisions[i - 1].text,
    })),
  ].reverse();

  return (
    <Modal
      title="History"
      onClose={close}
      actions={
        <button type="button" onClick={close}>
          Close
        </button>
      }
    >
      {!data ? (
        <p role="status">Loading…</p>
      ) : (
        <>
          <p className="muted">
            Unit {unit?.extId}: {revisions.length} {revisions.length === 1 ? 'revision' : 'revisions'} after the machine translation.
          </p>
          <ol className="history-list" aria-label="Revisions" reversed>
            {entries.map((e, i) => (
              <li key={e.key} className="history-item">
                <div className="history-head">
                  <strong>{e.title}</strong>
                  {i === 0 && <span className="chip chip-ok">current</span>}
                  <span className="muted">{e.meta}</span>
                </div>
                <DiffView before={e.before} after={e.text} label={`${e.title}: changes against the text before it`} compact />
                {i > 0 && e.text !== current && (
                  <button type="button" onClick={() => void restore(e.text, e.title.toLowerCase())}>
                    Restore<span className="visually-hidden"> {e.title.toLowerCase()}</span>
                  </button>
                )}
              </li>
            ))}
          </ol>
          <section className="history-item" aria-label="Machine translation">
            <div className="history-head">
              <strong>Machine translation</strong>
              {revisions.length === 0 && <span className="chip chip-ok">current</span>}
              <span className="muted">as imported</span>
            </div>
            <p className="diff" lang="zh-Hans">
              {unit?.target || '(none)'}
            </p>
            {unit && revisions.length > 0 && unit.target !== current && (
              <button type="button" onClick={() => void restore(unit.target, 'the machine translation')}>
                Restore<span className="visually-hidden"> the machine translation</span>
              </button>
            )}
          </section>
        </>
      )}
    </Modal>
  );
}
