import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { DashboardStats } from '../../worker/glossaryProtocol';
import { glossaryOffThread, useGlossaryQuery, useTermbaseStamp } from '../glossary';
import { countFindingChunks } from '../../db';
import { recheckProject, runningRechecks } from '../import-export';
import { useReviewSettings } from '../settings';
import { useDb } from '../shell/DbContext';

/** Why the stored findings do not cover the whole project. */
export interface PartialCheck {
  /** 'running': a re-check in this tab is filling the cache; 'interrupted': one stopped with the tab closed. */
  reason: 'running' | 'cancelled' | 'failed' | 'interrupted';
  /** Units the stopped check had checked (about), when known. */
  checked?: number;
  total: number;
}

export interface DashboardState {
  stats: DashboardStats | null;
  /** A full check filling the findings cache (a project never checked as a whole). */
  checking: { done: number; total: number } | null;
  /** The glossary worker reading the stored findings (first answer only). */
  reading: { phase: string; done: number; total: number } | null;
  /** Set when the stored findings are not those of a complete check: the counts are partial. */
  partial: PartialCheck | null;
  /** Checks the whole project (fills the findings cache again), with progress in `checking`. */
  checkAll: () => void;
  error: string | null;
}

/**
 * The Dashboard's aggregates for the open project, computed by the glossary worker from
 * the stored findings (read in pages) and the document records — never by re-checking the
 * project on each visit. Computed again when findings, revisions, annotations, the termbase
 * or the MQM settings change (one request at a time). A project never checked as a whole
 * (no finding chunks: new, or its cache dropped) is checked once in the re-check worker
 * first (it fills the findings cache), with progress — unless a re-check of it is already
 * running in this tab. A cache left incomplete (a re-check cancelled, failed or cut off by a
 * closed tab: the project's `findingsCheck`) is reported as `partial`; `checkAll` checks
 * the whole project.
 */
export function useDashboardStats(): DashboardState {
  const db = useDb();
  const tb = useTermbaseStamp();
  const settings = useReviewSettings();
  const projectId = tb?.projectId ?? null;
  const tick = useRef(0);
  const signal = useLiveQuery(async () => {
    if (projectId === null) return undefined;
    const [chunks, project] = await Promise.all([countFindingChunks(db, projectId), db.projects.get(projectId)]);
    // Read to be told of every change (the values themselves do not matter).
    await Promise.all([db.revisions.where('projectId').equals(projectId).count(), db.annotations.where('projectId').equals(projectId).toArray()]);
    return { projectId, chunks, units: project?.unitCount ?? 0, findingsCheck: project?.findingsCheck, tick: ++tick.current };
  }, [db, projectId]);
  // A re-check started elsewhere in this tab ("Re-check project") is filling the cache.
  const rechecking = useSyncExternalStore(runningRechecks.subscribe, () => runningRechecks.has(db.name, projectId));
  const [checking, setChecking] = useState<{ projectId: number; done: number; total: number } | null>(null);
  const [checkError, setCheckError] = useState<{ projectId: number; text: string } | null>(null);
  const autoChecked = useRef(new Set<number>());

  const units = signal?.projectId === projectId ? (signal?.units ?? 0) : 0;
  const startCheck = useCallback(
    (id: number, total: number) => {
      setChecking({ projectId: id, done: 0, total });
      setCheckError(null);
      void recheckProject(db, id, { onProgress: ({ done, total }) => setChecking({ projectId: id, done, total }) }).then((out) => {
        setChecking(null);
        if (out.type === 'failed') setCheckError({ projectId: id, text: `The project could not be checked (${out.message}). Use “Re-check project” to try again.` });
      });
    },
    [db],
  );

  const needsCheck = !!signal && signal.projectId === projectId && signal.chunks === 0 && signal.units > 0 && !rechecking && !autoChecked.current.has(signal.projectId);
  useEffect(() => {
    if (!needsCheck || projectId === null) return;
    autoChecked.current.add(projectId);
    startCheck(projectId, units);
  }, [needsCheck, projectId, units, startCheck]);

  const busyChecking = checking !== null && checking.projectId === projectId;
  const mqm = settings?.mqm;
  const key = tb && signal && signal.projectId === tb.projectId && settings && !busyChecking && !needsCheck ? `${tb.projectId}|${tb.stamp}|${signal.tick}|${JSON.stringify(mqm ?? {})}` : null;
  const q = useGlossaryQuery(key, (onProgress) => glossaryOffThread(db, 'dashboard', { projectId: tb!.projectId, mqm }, onProgress));
  const mine = q.valueKey !== null && projectId !== null && q.valueKey.startsWith(`${projectId}|`);

  let partial: PartialCheck | null = null;
  const mark = signal?.projectId === projectId ? signal?.findingsCheck : undefined;
  if (rechecking || busyChecking) partial = { reason: 'running', total: units };
  else if (mark && !mark.complete) partial = { reason: mark.outcome === 'cancelled' || mark.outcome === 'failed' ? mark.outcome : 'interrupted', ...(mark.units !== undefined ? { checked: mark.units } : {}), total: units };
  const checkAll = useCallback(() => {
    if (projectId !== null && !busyChecking && !rechecking) startCheck(projectId, units);
  }, [projectId, busyChecking, rechecking, startCheck, units]);

  return {
    stats: mine ? (q.value ?? null) : null,
    checking: busyChecking ? { done: checking.done, total: checking.total } : null,
    reading: !mine && q.busy ? (q.progress ?? { phase: 'reading', done: 0, total: 0 }) : null,
    partial,
    checkAll,
    error: (checkError && checkError.projectId === projectId ? checkError.text : null) ?? q.error,
  };
}
