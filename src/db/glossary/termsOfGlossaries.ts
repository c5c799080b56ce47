import type { DuizhaoDB } from '../DuizhaoDB';
import type { TermEntry } from './GlossaryEntities';

/**
 * The entries of these termbases, one `equals` read per termbase (IndexedDB getAll: one
 * request), not `anyOf` (a cursor stepping record by record: 10,000 steps on the main thread).
 */
export async function termsOfGlossaries(db: DuizhaoDB, glossaryIds: readonly number[]): Promise<TermEntry[]> {
  const lists = await Promise.all(glossaryIds.map((id) => db.terms.where('glossaryId').equals(id).toArray() as unknown as Promise<TermEntry[]>));
  return lists.flat();
}
