import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { currentDecisions, DuizhaoDB, getDocumentUnits } from '../../../src/db';

const V1 = {
  projects: '++id, kind, createdAt',
  documents: '++id, projectId, [projectId+order]',
  units: '++id, projectId, documentId, [documentId+order], [projectId+extId]',
  revisions: '++id, projectId, unitId, [unitId+side]',
  findings: '++id, projectId, unitId, key',
  decisions: '++id, projectId, unitId, findingKey',
  annotations: '++id, projectId, unitId',
  glossaries: '++id, projectId, name',
  terms: '++id, glossaryId, conceptId',
  spotchecks: '++id, projectId',
  settings: 'key',
};

describe('DuizhaoDB schema v2', () => {
  it('opens a database written by v1: data kept, annotations get their document, new indexes work', async () => {
    const name = `duizhao-upgrade-${process.pid}`;
    await Dexie.delete(name);
    const old = new Dexie(name);
    old.version(1).stores(V1);
    await old.open();
    const projectId = (await old.table('projects').add({ name: '旧项目', kind: 'import', createdAt: 1 })) as number;
    const documentId = (await old.table('documents').add({ projectId, order: 0, name: '', title: 'Document 1' })) as number;
    const unitId = (await old
      .table('units')
      .add({ projectId, documentId, order: 0, extId: '1', source: 'Policy gradient.', target: '政策梯度。', status: 'machine translated' })) as number;
    await old.table('revisions').add({ projectId, unitId, side: 'target', text: '策略梯度。', parentId: null, author: '李华', createdAt: 2 });
    await old.table('annotations').add({ projectId, unitId, category: 'Terminology', severity: 'major' });
    await old.table('decisions').add({ projectId, unitId, findingKey: 'terminology.forbidden|1|t0-2:政策|' });
    old.close();

    const db = new DuizhaoDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    const [cu] = await getDocumentUnits(db, documentId);
    expect(cu.target).toBe('策略梯度。');
    const ann = await db.annotations.where('documentId').equals(documentId).toArray();
    expect(ann).toHaveLength(1);
    expect(ann[0]).toMatchObject({ category: 'Terminology', severity: 'major', documentId });
    const decisions = await currentDecisions(db, [unitId]);
    expect(decisions.get('terminology.forbidden|1|t0-2:政策|')?.action).toBe('dismissed');
    expect(await db.events.count()).toBe(0);
    db.close();
  });
});
