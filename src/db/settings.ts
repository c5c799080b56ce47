import type { DuizhaoDB } from './DuizhaoDB';

/** Reads a setting (undefined when never set). */
export async function getSetting<T>(db: DuizhaoDB, key: string): Promise<T | undefined> {
  const row = await db.settings.get(key);
  return row ? (row.value as T) : undefined;
}

export async function setSetting(db: DuizhaoDB, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
