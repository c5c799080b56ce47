import type { DuizhaoDB } from './DuizhaoDB';

/** Number of records in every table (diagnostics and tests: "nothing stored changed"). */
export async function countRecords(db: DuizhaoDB): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of db.tables) out[table.name] = await table.count();
  return out;
}
