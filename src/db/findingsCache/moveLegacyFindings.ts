import type { Table } from 'dexie';
import { FindingChunker } from './FindingChunker';
import { legacyFindingsToChunks } from './legacyFindingsToChunks';

/** Legacy finding records read per request while upgrading a database. */
const PAGE = 20_000;

/**
 * The database upgrade to v3: moves the `findings` table's records (one per finding) into
 * `findingChunks`, read in pages by primary key (never all at once). Resolves with the
 * number of findings moved.
 */
export async function moveLegacyFindings(from: Table, to: Table): Promise<number> {
  const chunker = new FindingChunker();
  let after = -Infinity;
  let moved = 0;
  for (;;) {
    const page = (await from.where(':id').above(after).limit(PAGE).toArray()) as Record<string, unknown>[];
    if (!page.length) break;
    after = page[page.length - 1].id as number;
    moved += page.length;
    const chunks = legacyFindingsToChunks(page, chunker, false);
    if (chunks.length) await to.bulkAdd(chunks);
    if (page.length < PAGE) break;
  }
  const rest = chunker.flush();
  if (rest.length) await to.bulkAdd(rest);
  return moved;
}
