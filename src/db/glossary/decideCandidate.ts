import { candidateToConcept, type TermCandidate } from '../../core/learn';
import type { DuizhaoDB } from '../DuizhaoDB';
import { candidateKey } from './candidateKey';
import type { CandidateDecision, ProjectGlossary, TermEntry } from './GlossaryEntities';
import { ensureProjectGlossary } from './projectGlossary';
import { saveTerm } from './saveTerm';

/** Records Approve/Reject of a candidate (by its wrong → right key). */
async function recordDecision(db: DuizhaoDB, projectId: number, key: string, state: CandidateDecision, by: string | undefined, now: () => number): Promise<void> {
  const g = await ensureProjectGlossary(db, projectId, now);
  await db.transaction('rw', db.glossaries, async () => {
    const fresh = ((await db.glossaries.get(g.id)) as ProjectGlossary | undefined) ?? g;
    const decisions = { ...(fresh.decisions ?? {}), [key]: { state, at: now(), ...(by ? { by } : {}) } };
    await db.glossaries.update(g.id, { decisions });
  });
}

/**
 * Approve: the candidate (as edited by the reviewer) becomes a project termbase entry —
 * English term, corrected rendering preferred, machine rendering forbidden, provenance
 * learned with its evidence units, reviewers and date. `unitIdsByEvidence` maps the
 * candidate's evidence (database unit ids as strings) to unit numbers shown in exports.
 * Throws (nothing stored) when the English term is missing or a rendering is punctuation only.
 */
export async function approveCandidate(
  db: DuizhaoDB,
  projectId: number,
  candidate: TermCandidate,
  options: { reviewer?: string; now?: () => number; evidenceLabel?: (unitId: string) => string } = {},
): Promise<TermEntry> {
  const now = options.now ?? Date.now;
  const date = new Date(now()).toISOString().slice(0, 10);
  const concept = candidateToConcept(candidate, { date });
  const evidenceUnitIds = candidate.evidence.map(Number).filter((n) => Number.isFinite(n));
  if (options.evidenceLabel) concept.provenance!.evidence = candidate.evidence.map(options.evidenceLabel);
  if (options.reviewer && !concept.provenance!.author) concept.provenance!.author = options.reviewer;
  // The same English learned before: update that entry instead of adding a second one.
  const g = await ensureProjectGlossary(db, projectId, now);
  const existing = (await db.terms.where('glossaryId').equals(g.id).toArray()) as TermEntry[];
  const same = existing.find((t) => t.conceptId === concept.id);
  let entry: TermEntry;
  if (same) {
    const rank = { preferred: 0, admitted: 1, forbidden: 2 } as const;
    // The new approved rendering leads; an earlier preferred one stays as admitted.
    const kept = same.concept.zh
      .filter((z) => z.text !== candidate.right && z.text !== candidate.wrong)
      .map((z) => (z.status === 'preferred' ? { ...z, status: 'admitted' as const } : z));
    const zh = [...kept, ...concept.zh].sort((a, b) => rank[a.status] - rank[b.status]);
    entry = await saveTerm(db, projectId, { ...same.concept, zh, provenance: concept.provenance }, { termId: same.id, evidenceUnitIds: [...new Set([...(same.evidenceUnitIds ?? []), ...evidenceUnitIds])], now });
  } else {
    entry = await saveTerm(db, projectId, concept, { evidenceUnitIds, now });
  }
  await recordDecision(db, projectId, candidateKey(candidate), 'approved', options.reviewer, now);
  return entry;
}

/** Reject: the candidate leaves the queue (it stays decided even when extracted again). */
export function rejectCandidate(db: DuizhaoDB, projectId: number, candidate: { wrong: string; right: string }, options: { reviewer?: string; now?: () => number } = {}): Promise<void> {
  return recordDecision(db, projectId, candidateKey(candidate), 'rejected', options.reviewer, options.now ?? Date.now);
}
