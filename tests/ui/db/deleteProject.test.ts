import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { addRevision, countRecords, deleteProject, importParsedFile, type DuizhaoDB } from '../../../src/db';
import { putFindingChunks } from '../../../src/worker/putFindingChunks';
import { freshDb } from '../helpers/freshDb';
import { bigParsed } from '../helpers/parsedFixture';

/** A project with a record in every table that holds project data. */
async function fullProject(db: DuizhaoDB, name: string, units: number): Promise<number> {
  const p = await importParsedFile(db, { ...bigParsed(units, 50), fileName: `${name}.tsv` }, name);
  const [u1, u2] = await db.units.where('projectId').equals(p).limit(2).toArray();
  await addRevision(db, { unitId: u1.id, side: 'target', text: '我们在分子上预训练了一个图神经网络。', author: '李华' });
  await db.decisions.add({ projectId: p, unitId: u1.id, findingKey: `numbers|${u1.id}|t0-2:12|`, action: 'dismissed' } as never);
  await db.annotations.add({ projectId: p, unitId: u2.id, documentId: u2.documentId, category: 'Terminology', severity: 'major' } as never);
  await db.events.add({ projectId: p, kind: 'action', label: '编辑', ops: [], author: '李华', createdAt: 1 } as never);
  await db.spotchecks.add({ projectId: p, name: '抽检' } as never);
  const g = (await db.glossaries.add({ projectId: p, name: `${name} 术语` } as never)) as number;
  await db.terms.bulkAdd([
    { glossaryId: g, conceptId: 'policy' },
    { glossaryId: g, conceptId: 'agent' },
  ] as never);
  await putFindingChunks(db, [
    { projectId: p, chunk: 0, findings: [{ unitId: u1.id, documentId: u1.documentId, key: 'k', check: 'numbers', severity: 'major', mqm: 'Accuracy/Mistranslation', message: '数字不一致' }] },
    { projectId: p, chunk: 1, findings: [] },
  ]);
  return p;
}

describe('deleteProject', () => {
  it('removes every record of the project in one go and leaves the other project’s exactly as they were', async () => {
    const db = await freshDb();
    const a = await fullProject(db, 'A', 1200);
    const before = await countRecords(db);
    const b = await fullProject(db, 'B', 300);
    const withB = await countRecords(db);
    const seen: number[] = [];
    const sub = liveQuery(() => db.units.where('projectId').equals(a).count()).subscribe((n) => seen.push(n));
    await expect.poll(() => seen.at(-1)).toBe(1200);
    await deleteProject(db, a);
    // Told like any write: a live query on the deleted units sees them gone.
    await expect.poll(() => seen.at(-1)).toBe(0);
    sub.unsubscribe();
    const after = await countRecords(db);
    for (const [table, n] of Object.entries(withB)) {
      if (table === 'settings') continue;
      expect(after[table], table).toBe(n - (before[table] ?? 0));
    }
    expect(await db.projects.toCollection().primaryKeys()).toEqual([b]);
    expect(await db.units.where('projectId').equals(b).count()).toBe(300);
    expect((await db.terms.toArray()).map((t) => t.conceptId).sort()).toEqual(['agent', 'policy']);
    expect((await db.findingChunks.toArray()).map((c) => c.projectId)).toEqual([b, b]);
  });

  it('inside a transaction it deletes as part of it (all or nothing)', async () => {
    const db = await freshDb();
    const a = await fullProject(db, 'A', 100);
    await expect(
      db.transaction('rw', db.tables, async () => {
        await deleteProject(db, a);
        throw new Error('停止');
      }),
    ).rejects.toThrow('停止');
    expect(await db.units.where('projectId').equals(a).count()).toBe(100);
    expect(await db.findingChunks.count()).toBe(2);
  });
});
