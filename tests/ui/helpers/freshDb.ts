import { DuizhaoDB } from '../../../src/db';

let n = 0;
/** A new, empty database with a unique name (one per test). */
export async function freshDb(): Promise<DuizhaoDB> {
  n += 1;
  const name = `duizhao-test-${process.pid}-${n}`;
  const db = new DuizhaoDB(name);
  await db.delete();
  await db.open();
  return db;
}
