import type { DuizhaoDB } from '../DuizhaoDB';
import { countFindingChunks } from './countFindingChunks';

/**
 * How complete a project's findings cache is: `none` (never checked as a whole, so exports'
 * finding counts would be empty), `partial` (its last full check was cancelled, failed or cut
 * off: `checked` of `total` units, about) or `complete`. Projects checked before
 * `findingsCheck` existed count as complete when they have finding chunks.
 */
export type FindingsCacheState = { state: 'none'; total: number } | { state: 'complete'; total: number } | { state: 'partial'; checked?: number; total: number };

export async function findingsCacheState(db: DuizhaoDB, projectId: number): Promise<FindingsCacheState> {
  const [chunks, project] = await Promise.all([countFindingChunks(db, projectId), db.projects.get(projectId)]);
  const total = project?.unitCount ?? 0;
  const mark = project?.findingsCheck;
  if (mark) return mark.complete ? { state: 'complete', total } : { state: 'partial', ...(mark.units !== undefined ? { checked: mark.units } : {}), total };
  // No mark: a check from before the mark existed left chunks (a clean project checked then has none).
  return chunks > 0 || total === 0 ? { state: 'complete', total } : { state: 'none', total };
}
