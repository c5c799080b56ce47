import { describe, expect, it } from 'vitest';
import { currentDecisions, getDocumentUnits, importParsedFile, performAction, redoEvent, undoEvent } from '../../../src/db';
import { freshDb } from '../helpers/freshDb';
import { parsedFixture } from '../helpers/parsedFixture';

async function setup() {
  const db = await freshDb();
  const projectId = await importParsedFile(db, parsedFixture(), 'Abstracts');
  const doc = (await db.documents.where('projectId').equals(projectId).sortBy('order'))[0];
  const [u1] = await getDocumentUnits(db, doc.id);
  return { db, projectId, doc, u1 };
}

describe('review steps with undo and redo', () => {
  it('an edit and a decision in one step; undo brings both back as new records, redo re-applies', async () => {
    const { db, projectId, doc, u1 } = await setup();
    const key = 'terminology.forbidden|x|t0-3:图神经|';
    const ev = await performAction(db, {
      projectId,
      label: 'Apply suggestion',
      author: '王芳',
      ops: [
        { type: 'text', unitId: u1.unit.id, side: 'target', before: u1.target, after: '我们提出了一种用于分子生成的图神经网络模型。', reason: 'apply' },
        { type: 'decision', unitId: u1.unit.id, findingKey: key, check: 'terminology.forbidden', before: { action: 'open' }, after: { action: 'applied' } },
      ],
    });
    expect((await getDocumentUnits(db, doc.id))[0].target).toBe('我们提出了一种用于分子生成的图神经网络模型。');
    expect((await currentDecisions(db, [u1.unit.id])).get(key)?.action).toBe('applied');

    await undoEvent(db, ev, { author: '王芳' });
    expect((await getDocumentUnits(db, doc.id))[0].target).toBe('我们提出了一种用于分子生成的图神经网络。');
    expect((await currentDecisions(db, [u1.unit.id])).has(key)).toBe(false);
    // Nothing deleted: the applied revision is still there, plus the undo.
    const revs = await db.revisions.where('unitId').equals(u1.unit.id).toArray();
    expect(revs.map((r) => r.reason)).toEqual(['apply', 'undo']);
    expect(await db.decisions.count()).toBe(2);

    await redoEvent(db, ev, { author: '王芳' });
    expect((await getDocumentUnits(db, doc.id))[0].target).toBe('我们提出了一种用于分子生成的图神经网络模型。');
    expect((await db.events.toArray()).map((e) => e.kind)).toEqual(['action', 'undo', 'redo']);
  });

  it('undoing a new annotation marks it deleted (kept); redo brings it back', async () => {
    const { db, projectId, doc, u1 } = await setup();
    const ev = await performAction(db, {
      projectId,
      label: 'Mark error',
      author: '王芳',
      ops: [{ type: 'annotation', before: null, after: { unitId: u1.unit.id, documentId: doc.id, side: 'target', start: 11, end: 16, text: '图神经网络', category: 'Terminology', severity: 'major', note: '' } }],
    });
    const [a] = await db.annotations.toArray();
    expect(a).toMatchObject({ text: '图神经网络', deleted: false, projectId });
    await undoEvent(db, ev, { author: '王芳' });
    expect(await db.annotations.get(a.id)).toMatchObject({ deleted: true, text: '图神经网络' });
    await redoEvent(db, ev, { author: '王芳' });
    expect(await db.annotations.get(a.id)).toMatchObject({ deleted: false });
    expect(await db.annotations.count()).toBe(1);
  });

  it('undo of an added translation leaves the unit without one again', async () => {
    const { db, projectId, doc } = await setup();
    const units = await getDocumentUnits(db, doc.id);
    const u2 = units[1];
    expect(u2.target).toBe('');
    const ev = await performAction(db, {
      projectId,
      label: 'Add translation',
      author: '',
      ops: [{ type: 'text', unitId: u2.unit.id, side: 'target', before: '', after: '训练在20个周期内收敛。', reason: 'add' }],
    });
    expect((await db.units.get(u2.unit.id))?.status).toBe('machine translated');
    await undoEvent(db, ev, { author: '' });
    expect((await getDocumentUnits(db, doc.id))[1].target).toBe('');
    expect((await db.units.get(u2.unit.id))?.status).toBe('translation missing');
  });
});
