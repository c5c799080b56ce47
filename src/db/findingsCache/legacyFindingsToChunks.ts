import type { CachedFinding, FindingChunkRecord } from '../records';
import { FindingChunker } from './FindingChunker';

type Row = Record<string, unknown>;

/**
 * Finding records of schema v1–v2 (one record per finding, with `id` and `projectId`) as
 * finding chunks (v3), per project in the order of their ids (the order a re-check wrote
 * them). With `chunker` and `last = false` (a database read in pages) the part-filled
 * chunks stay in the chunker for the next page.
 */
export function legacyFindingsToChunks(rows: readonly Row[], chunker: FindingChunker = new FindingChunker(), last = true): FindingChunkRecord[] {
  const out: FindingChunkRecord[] = [];
  const sorted = [...rows].sort((a, b) => Number(a.id) - Number(b.id));
  for (const r of sorted) {
    const { id: _id, projectId, ...finding } = r;
    if (typeof projectId !== 'number') continue;
    const c = chunker.add(projectId, finding as unknown as CachedFinding);
    if (c) out.push(c);
  }
  if (last) out.push(...chunker.flush());
  return out;
}
