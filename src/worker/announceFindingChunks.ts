import { Dexie, RangeSet } from 'dexie';
import type { DuizhaoDB } from '../db';

/**
 * Tells every live query on the findingChunks table (this context and, through Dexie, the
 * other tabs and the main thread) that the table changed, after a native write that went
 * around Dexie: the whole key range of its primary key, its deletions and its index names.
 */
export function announceFindingChunks(db: DuizhaoDB): void {
  const base = `idb://${db.name}/findingChunks/`;
  const all = () => new RangeSet(-Infinity, [[[]]]);
  const parts: Record<string, RangeSet> = { [base]: all(), [`${base}:dels`]: all() };
  const schema = db.findingChunks.schema;
  if (schema.primKey.name) parts[base + schema.primKey.name] = all();
  for (const idx of schema.indexes) parts[base + idx.name] = all();
  Dexie.on.storagemutated.fire(parts);
}
