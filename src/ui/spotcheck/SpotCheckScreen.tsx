import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { SpotCheck } from '../../db/glossary';
import { useStore } from '../../store';
import { useProjectUnits } from '../glossary';
import { useDb } from '../shell/DbContext';
import { NewSpotCheck } from './NewSpotCheck';
import { SpotCheckRun } from './SpotCheckRun';

/**
 * The "Spot-check" screen: draw a seeded random sample of sentence pairs, judge each, read
 * the error-rate estimate. Stored in IndexedDB as it goes: the newest spot-check reopens
 * after a reload.
 */
export function SpotCheckScreen() {
  const db = useDb();
  const projectId = useStore((s) => s.projectId);
  const data = useProjectUnits();
  const checks = useLiveQuery(
    async () => (projectId === null ? [] : ((await db.spotchecks.where('projectId').equals(projectId).toArray()) as SpotCheck[]).sort((a, b) => b.id - a.id)),
    [db, projectId],
  );
  const project = useLiveQuery(() => (projectId === null ? undefined : db.projects.get(projectId)), [db, projectId]);
  const [openId, setOpenId] = useState<number | null>(null);
  const open = checks?.find((c) => c.id === openId) ?? checks?.[0];
  return (
    <main className="screen" aria-labelledby="spotcheck-heading">
      <h2 id="spotcheck-heading">Spot-check</h2>
      {checks && checks.length > 1 && (
        <label className="no-print">
          Spot-check{' '}
          <select value={open?.id ?? ''} onChange={(e) => setOpenId(Number(e.target.value))}>
            {checks.map((c) => (
              <option key={c.id} value={c.id}>
                {new Date(c.createdAt).toISOString().slice(0, 10)} · {c.name} · {c.items.filter((i) => i.verdict).length}/{c.items.length} judged
              </option>
            ))}
          </select>
        </label>
      )}
      {open && <SpotCheckRun sc={open} projectName={project?.name ?? 'project'} />}
      {data ? <NewSpotCheck data={data} onCreated={setOpenId} /> : <p role="status">Loading…</p>}
    </main>
  );
}
