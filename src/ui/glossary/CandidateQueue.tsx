import { useId, useState } from 'react';
import type { TermCandidate } from '../../core/learn';
import { approveCandidate, rejectCandidate } from '../../db/glossary';
import type { UnitRef } from '../../worker/glossaryProtocol';
import { recheckProject } from '../import-export';
import { useDb } from '../shell/DbContext';
import { describeStorageError } from '../shell/describeStorageError';
import { CandidateItem } from './CandidateItem';
import { glossaryOffThread } from './glossaryOffThread';
import { UnitLinkList } from './UnitLinkList';
import type { CandidateView } from './useCandidates';

/** Candidates shown at a time (most frequent first): the list stays short on a large project. */
const PAGE = 50;

interface Recheck {
  term: string;
  wrong: string;
  status: 'checking' | 'done';
  done: number;
  total: number;
  flagged: UnitRef[];
}

/**
 * The "Candidates" queue: entries learned from the project's corrections. Approve adds the
 * entry to the project termbase and re-checks the whole project at once (re-check worker),
 * then lists the units where the machine rendering is now flagged (read from the stored
 * findings by the glossary worker; a virtualized list, however many they are).
 */
export function CandidateQueue({ candidates, projectId, loadError }: { candidates: CandidateView[] | undefined; projectId: number | null; loadError?: string | null }) {
  const db = useDb();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [showDecided, setShowDecided] = useState(false);
  const [recheck, setRecheck] = useState<Recheck | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const headingId = useId();

  const approve = async (c: TermCandidate) => {
    if (projectId === null) return;
    setBusy(true);
    setError(null);
    try {
      const extIds = new Map(((c as Partial<CandidateView>).evidenceUnits ?? []).map((u) => [String(u.unitId), u.extId]));
      const entry = await approveCandidate(db, projectId, c, { evidenceLabel: (id) => `unit ${extIds.get(id) ?? id}` });
      const wrong = c.wrong;
      setRecheck({ term: `${c.en} → ${c.right}`, wrong, status: 'checking', done: 0, total: 0, flagged: [] });
      // The whole project, in the re-check worker, which refreshes the findings cache.
      const out = await recheckProject(db, projectId, {
        onProgress: ({ done, total }) => setRecheck((r) => (r ? { ...r, done, total } : r)),
      });
      if (out.type === 'failed') throw new Error(`The re-check failed (${out.message}). The entry is saved; use “Re-check project” to try again.`);
      const flagged = await glossaryOffThread(db, 'flagged', { projectId, conceptId: entry.conceptId, wrong });
      setRecheck((r) => (r ? { ...r, status: 'done', flagged } : r));
    } catch (err) {
      setError(err instanceof Error && !/IndexedDB|Dexie|Quota/i.test(err.name + err.message) ? err.message : describeStorageError(err));
    } finally {
      setBusy(false);
    }
  };

  const reject = async (c: TermCandidate) => {
    if (projectId === null) return;
    setBusy(true);
    try {
      await rejectCandidate(db, projectId, c);
    } catch (err) {
      setError(describeStorageError(err));
    } finally {
      setBusy(false);
    }
  };

  const pending = candidates?.filter((c) => !c.decision) ?? [];
  const shown = showDecided ? (candidates ?? []) : pending;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Candidates</h3>
      <p className="muted">
        Learned from the corrections in this project: the machine rendering becomes forbidden, the correction approved.
      </p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {recheck && (
        <div role="status" className="notice">
          {recheck.status === 'checking' ? (
            `Approved ${recheck.term}. Re-checking the project…${recheck.total ? ` ${recheck.done.toLocaleString('en')} of ${recheck.total.toLocaleString('en')} units` : ''}`
          ) : (
            <>
              Approved {recheck.term}. Re-checked the project:{' '}
              {recheck.flagged.length === 0 ? (
                <>
                  <span lang="zh-Hans">{recheck.wrong}</span> is not used anywhere else.
                </>
              ) : (
                <>
                  <span lang="zh-Hans">{recheck.wrong}</span> is now flagged in {recheck.flagged.length.toLocaleString('en')}{' '}
                  {recheck.flagged.length === 1 ? 'unit' : 'units'}:
                  <UnitLinkList units={recheck.flagged} label="Units now flagged" />
                </>
              )}
            </>
          )}
        </div>
      )}
      <label className="inline-check">
        <input type="checkbox" checked={showDecided} onChange={(e) => setShowDecided(e.target.checked)} /> Show approved and rejected
      </label>
      {loadError && !candidates ? (
        <p role="alert" className="form-error">
          The candidates could not be computed ({loadError}). Reload the page to try again; your corrections are kept.
        </p>
      ) : !candidates ? (
        <p role="status" className="muted">Looking for terminology in the corrections…</p>
      ) : shown.length === 0 ? (
        <p className="muted">
          {candidates.length === 0
            ? 'No candidates yet: correct a term in the review (e.g. 培训 → 训练) and it appears here.'
            : 'Every candidate has been decided.'}
        </p>
      ) : (
        <ul className="candidate-list" aria-label="Candidates">
          {shown.slice(0, limit).map((c) => (
            <CandidateItem key={c.key} c={c} busy={busy} onApprove={(x) => void approve(x)} onReject={(x) => void reject(x)} />
          ))}
        </ul>
      )}
      {shown.length > limit && (
        <button type="button" onClick={() => setLimit((n) => n + PAGE)}>
          Show {Math.min(PAGE, shown.length - limit)} more candidates ({shown.length - limit} not shown)
        </button>
      )}
    </section>
  );
}
