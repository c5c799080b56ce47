import { useId, useState } from 'react';
import type { TermCandidate } from '../../core/learn';
import type { Finding } from '../../core/model';
import { approveCandidate, rejectCandidate } from '../../db/glossary';
import { useStore } from '../../store';
import { recheckProject } from '../import-export';
import { useDb } from '../shell/DbContext';
import { describeStorageError } from '../shell/describeStorageError';
import { CandidateItem } from './CandidateItem';
import type { CandidateView } from './useCandidates';
import { unitLabel, type ProjectUnits } from './useProjectUnits';

/** Candidates shown at a time (most frequent first): the list stays short on a large project. */
const PAGE = 50;

interface Recheck {
  term: string;
  wrong: string;
  status: 'checking' | 'done';
  done: number;
  total: number;
  flagged: { unitId: number; documentId: number; label: string }[];
}

/**
 * The "Candidates" queue: entries learned from the project's corrections. Approve adds the
 * entry to the project termbase and re-checks the whole project at once, listing the units
 * where the machine rendering is now flagged.
 */
export function CandidateQueue({ candidates, data }: { candidates: CandidateView[] | undefined; data: ProjectUnits | undefined }) {
  const db = useDb();
  const showUnit = useStore((s) => s.showUnit);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [showDecided, setShowDecided] = useState(false);
  const [recheck, setRecheck] = useState<Recheck | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const headingId = useId();

  const approve = async (c: TermCandidate) => {
    if (!data) return;
    setBusy(true);
    setError(null);
    try {
      const labels = new Map(data.units.map((cu) => [String(cu.unit.id), cu.unit.extId]));
      const entry = await approveCandidate(db, data.projectId, c, { evidenceLabel: (id) => `unit ${labels.get(id) ?? id}` });
      const wrong = c.wrong;
      setRecheck({ term: `${c.en} → ${c.right}`, wrong, status: 'checking', done: 0, total: data.units.length, flagged: [] });
      // The whole project, in the re-check worker, which refreshes the findings cache.
      const out = await recheckProject(db, data.projectId, {
        onProgress: ({ done, total }) => setRecheck((r) => (r ? { ...r, done, total } : r)),
      });
      if (out.type === 'failed') throw new Error(`The re-check failed (${out.message}). The entry is saved; use “Re-check project” to try again.`);
      type Cached = Pick<Finding, 'check' | 'termId' | 'target'> & { unitId: number };
      const findings = (await db.findings.where('projectId').equals(data.projectId).toArray()) as unknown as Cached[];
      const hit = (f: Cached) => f.check.startsWith('terminology.') && (f.termId === entry.conceptId || f.target?.text === wrong);
      const flaggedIds = [...new Set(findings.filter(hit).map((f) => String(f.unitId)))];
      const byId = new Map(data.units.map((cu) => [String(cu.unit.id), cu]));
      setRecheck((r) =>
        r
          ? {
              ...r,
              status: 'done',
              flagged: flaggedIds.flatMap((id) => {
                const cu = byId.get(id);
                return cu ? [{ unitId: cu.unit.id, documentId: cu.unit.documentId, label: unitLabel(cu, data.documents.get(cu.unit.documentId)) }] : [];
              }),
            }
          : r,
      );
    } catch (err) {
      setError(err instanceof Error && !/IndexedDB|Dexie|Quota/i.test(err.name + err.message) ? err.message : describeStorageError(err));
    } finally {
      setBusy(false);
    }
  };

  const reject = async (c: TermCandidate) => {
    if (!data) return;
    setBusy(true);
    try {
      await rejectCandidate(db, data.projectId, c);
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
            `Approved ${recheck.term}. Re-checking the project… ${recheck.done} of ${recheck.total} units`
          ) : (
            <>
              Approved {recheck.term}. Re-checked the project:{' '}
              {recheck.flagged.length === 0 ? (
                <>
                  <span lang="zh-Hans">{recheck.wrong}</span> is not used anywhere else.
                </>
              ) : (
                <>
                  <span lang="zh-Hans">{recheck.wrong}</span> is now flagged in {recheck.flagged.length}{' '}
                  {recheck.flagged.length === 1 ? 'unit' : 'units'}:{' '}
                  {recheck.flagged.map((u, i) => (
                    <span key={u.unitId}>
                      {i > 0 && ', '}
                      <button type="button" className="link-button" onClick={() => showUnit(u.documentId, u.unitId)}>
                        {u.label}
                      </button>
                    </span>
                  ))}
                </>
              )}
            </>
          )}
        </div>
      )}
      <label className="inline-check">
        <input type="checkbox" checked={showDecided} onChange={(e) => setShowDecided(e.target.checked)} /> Show approved and rejected
      </label>
      {!candidates ? (
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
