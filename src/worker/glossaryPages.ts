/** Anything with a Dexie-like `bulkGet` (a table). */
interface BulkGettable<T> {
  bulkGet(keys: number[]): PromiseLike<(T | undefined)[]>;
}

/**
 * Reads the records with these primary keys in pages of `size` (one bulkGet each), so a
 * project's 500,000 findings are never all in memory at once. `fn` gets each page.
 */
export async function glossaryPages<T>(table: BulkGettable<T>, keys: readonly number[], size: number, fn: (rows: T[], done: number) => void): Promise<void> {
  for (let i = 0; i < keys.length; i += size) {
    const rows = await table.bulkGet(keys.slice(i, i + size));
    fn(
      rows.filter((r): r is T => r !== undefined),
      Math.min(keys.length, i + size),
    );
  }
}
