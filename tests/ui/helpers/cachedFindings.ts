import { readProjectFindings, type CachedFinding, type DuizhaoDB } from '../../../src/db';

/** Every finding in the findings cache (finding chunks), of one project or of all, in chunk order. */
export async function cachedFindings(db: DuizhaoDB, projectId?: number): Promise<CachedFinding[]> {
  const ids = projectId === undefined ? ((await db.projects.toCollection().primaryKeys()) as number[]) : [projectId];
  const out: CachedFinding[] = [];
  for (const id of ids) await readProjectFindings(db, id, (page) => out.push(...page));
  return out;
}
