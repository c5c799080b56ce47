import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DuizhaoDB, parseWorkspaceBackup, restoreWorkspace } from '../../../src/db';

async function freshDb(tag: string): Promise<DuizhaoDB> {
  const name = `duizhao-old-backup-${tag}-${process.pid}`;
  await Dexie.delete(name);
  const db = new DuizhaoDB(name);
  await db.open();
  return db;
}

/** A backup as schema 1 wrote it: annotations without documentId, decisions without action. */
function v1Backup(withUnits: boolean): string {
  return JSON.stringify({
    format: 'duizhao-workspace',
    schemaVersion: 1,
    exportedAt: '2026-11-01T08:00:00.000Z',
    tables: {
      projects: [{ id: 1, name: '旧项目', kind: 'import', createdAt: 1 }],
      documents: [{ id: 7, projectId: 1, order: 0, name: '', title: '策略梯度' }],
      units: withUnits
        ? [{ id: 70, projectId: 1, documentId: 7, order: 0, extId: '1', source: 'Policy gradient.', target: '政策梯度。', status: 'machine translated' }]
        : [],
      annotations: [{ id: 3, projectId: 1, unitId: 70, category: 'Terminology', severity: 'major', note: '政策→策略' }],
      decisions: [{ id: 4, projectId: 1, unitId: 70, findingKey: 'terminology.forbidden|70|t0-2:政策|' }],
    },
  });
}

describe('restoring a backup written by schema 1', () => {
  it('Replace: its annotations are found under their document and its decisions count as dismissals', async () => {
    const db = await freshDb('replace');
    const backup = parseWorkspaceBackup(v1Backup(true), 'old-backup.json', db);
    await restoreWorkspace(db, backup, 'replace');
    const byDocument = await db.annotations.where('documentId').equals(7).toArray();
    expect(byDocument).toHaveLength(1);
    expect(byDocument[0]).toMatchObject({ note: '政策→策略', unitId: 70 });
    expect(await db.decisions.get(4)).toMatchObject({ action: 'dismissed', findingKey: 'terminology.forbidden|70|t0-2:政策|' });
    db.close();
  });

  it('Merge: an annotation whose unit is only in the stored data takes that unit’s document', async () => {
    const db = await freshDb('merge');
    await db.projects.add({ id: 1, name: '旧项目', kind: 'import', createdAt: 1 } as never);
    await db.units.add({ id: 70, projectId: 1, documentId: 7, order: 0, extId: '1', source: 'Policy gradient.', target: '政策梯度。', status: 'machine translated' } as never);
    const backup = parseWorkspaceBackup(v1Backup(false), 'old-backup.json', db);
    await restoreWorkspace(db, backup, 'merge');
    expect(await db.annotations.where('documentId').equals(7).count()).toBe(1);
    expect(await db.units.count()).toBe(1);
    db.close();
  });

  it('a current backup is restored as written', async () => {
    const db = await freshDb('current');
    const text = JSON.stringify({ ...JSON.parse(v1Backup(true)), schemaVersion: db.verno });
    await restoreWorkspace(db, parseWorkspaceBackup(text, 'new-backup.json', db), 'replace');
    expect((await db.decisions.get(4))?.action).toBeUndefined();
    db.close();
  });
});
