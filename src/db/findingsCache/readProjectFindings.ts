import { Dexie } from 'dexie';
import type { DuizhaoDB } from '../DuizhaoDB';
import type { CachedFinding } from '../records';
import { countFindingChunks } from './countFindingChunks';

/** Chunk records read per request (~100 findings each). */
const PAGE_CHUNKS = 200;

/**
 * Reads a project's cached findings in pages of chunk records (one primary-key range read
 * each), so the findings of 100,000 units are never all in memory at once. `fn` gets each
 * page's findings and how many chunks of how many are read. Resolves with the number of
 * chunks (0 = the project was never checked as a whole).
 */
export async function readProjectFindings(
  db: DuizhaoDB,
  projectId: number,
  fn: (findings: CachedFinding[], doneChunks: number, totalChunks: number) => void,
  pageChunks: number = PAGE_CHUNKS,
): Promise<number> {
  const total = await countFindingChunks(db, projectId);
  let after: number = -Infinity;
  let done = 0;
  for (;;) {
    const page = await db.findingChunks
      .where('[projectId+chunk]')
      .between([projectId, after], [projectId, Dexie.maxKey], false, true)
      .limit(pageChunks)
      .toArray();
    if (!page.length) break;
    after = page[page.length - 1].chunk;
    done += page.length;
    const findings: CachedFinding[] = [];
    for (const c of page) for (const f of c.findings) findings.push(f);
    fn(findings, Math.min(done, Math.max(total, done)), Math.max(total, done));
    if (page.length < pageChunks) break;
  }
  return done;
}
