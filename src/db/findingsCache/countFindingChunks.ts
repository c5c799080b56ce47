import { Dexie } from 'dexie';
import type { DuizhaoDB } from '../DuizhaoDB';

/** How many finding chunks a project has (a key count, no record read; 0 = never checked as a whole). */
export function countFindingChunks(db: DuizhaoDB, projectId: number): Promise<number> {
  return db.findingChunks.where('[projectId+chunk]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey], true, true).count();
}
