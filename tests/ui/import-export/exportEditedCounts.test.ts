// An export's finding counts describe the text it exports: documents edited after the
// project's last full check are checked again, the others come from the findings cache.
import { describe, expect, it } from 'vitest';
import { addRevision, buildExportFile, importParsedFile, type DuizhaoDB } from '../../../src/db';
import { recheckProject } from '../../../src/ui/import-export';
import { freshDb } from '../helpers/freshDb';
import { policyFile } from '../helpers/policyFile';

const FILE = policyFile('rl.tsv');

async function counts(db: DuizhaoDB, projectId: number): Promise<Record<string, Record<string, number> | undefined>> {
  const file = await buildExportFile(db, projectId, null);
  return Object.fromEntries(file.documents.flatMap((d) => d.units.map((u) => [u.id, u.findingCounts])));
}

async function unitId(db: DuizhaoDB, projectId: number, extId: string): Promise<number> {
  return (await db.units.where('[projectId+extId]').equals([projectId, extId]).first())!.id;
}

describe('export finding counts after corrections', () => {
  it('a unit corrected after the full check is counted on its corrected text; an untouched document keeps its cached counts', async () => {
    const db = await freshDb();
    const pid = await importParsedFile(db, FILE, 'RL');
    expect((await recheckProject(db, pid)).type).toBe('done');
    const before = await counts(db, pid);
    expect(before.p1).toBeDefined(); // 政策 for policy
    expect(before.g1).toBeDefined(); // 21 for 12

    // The reviewer fixes the term: 策略, the number left as it was.
    await addRevision(db, { unitId: await unitId(db, pid, 'p1'), side: 'target', text: '策略梯度在20个周期内收敛。', author: 'Li Wei', reason: 'edit' });
    const after = await counts(db, pid);
    expect(after.p1).toBeUndefined();
    expect(after.g1).toEqual(before.g1);

    // A new mistake in the corrected text is counted too (2 for 20: a number finding).
    await addRevision(db, { unitId: await unitId(db, pid, 'p1'), side: 'target', text: '策略梯度在2个周期内收敛。', author: 'Li Wei', reason: 'edit' });
    expect(Object.values((await counts(db, pid)).p1 ?? {}).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it('a project never checked as a whole exports no counts, edited or not', async () => {
    const db = await freshDb();
    const pid = await importParsedFile(db, FILE, 'RL');
    await addRevision(db, { unitId: await unitId(db, pid, 'p1'), side: 'target', text: '策略梯度在2个周期内收敛。', author: 'Li Wei', reason: 'edit' });
    expect(await counts(db, pid)).toEqual({ p1: undefined, g1: undefined });
  });
});
