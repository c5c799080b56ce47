import { describe, expect, it } from 'vitest';
import { addRevision, countRecords, deleteProject, EmptyTextError, getDocumentUnits, importParsedFile } from '../../../src/db';
import { ImportError } from '../../../src/core/model';
import { freshDb } from '../helpers/freshDb';
import { bigParsed, parsedFixture } from '../helpers/parsedFixture';

describe('importParsedFile', () => {
  it('stores a project with its documents and units in file order, with statuses', async () => {
    const db = await freshDb();
    const pid = await importParsedFile(db, parsedFixture(), 'Abstracts');
    const project = await db.projects.get(pid);
    expect(project).toMatchObject({ name: 'Abstracts', documentCount: 2, unitCount: 3, kind: 'import' });
    const docs = await db.documents.where('projectId').equals(pid).sortBy('order');
    expect(docs.map((d) => d.status)).toEqual(['translation missing', 'source missing']);
    expect(docs[0].title).toBe('Document 1');
    expect(docs[1].title).toBe('Abstract two');
    const units = await getDocumentUnits(db, docs[0].id);
    expect(units.map((u) => u.unit.extId)).toEqual(['u1', 'u2']);
    expect(units[1].target).toBe('');
  });

  it('reports progress and writes in chunks', async () => {
    const db = await freshDb();
    const seen: number[] = [];
    await importParsedFile(db, bigParsed(1000, 100), 'Big', { chunkSize: 250, onProgress: (p) => seen.push(p.done) });
    expect(seen.at(-1)).toBe(1010);
    expect(seen.length).toBeGreaterThan(3);
    expect(await db.units.count()).toBe(1000);
  });

  it('leaves nothing behind when cancelled mid-way', async () => {
    const db = await freshDb();
    await importParsedFile(db, parsedFixture(), 'Kept');
    const before = await countRecords(db);
    const ctl = new AbortController();
    const run = importParsedFile(db, bigParsed(3000, 10), 'Cancelled', {
      chunkSize: 200,
      signal: ctl.signal,
      onProgress: (p) => { if (p.done > 600) ctl.abort(); },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(await countRecords(db)).toEqual(before);
  });

  it('refuses a file without units and stores nothing', async () => {
    const db = await freshDb();
    const empty = { ...parsedFixture('empty.tsv'), documents: [] };
    await expect(importParsedFile(db, empty, 'Empty')).rejects.toBeInstanceOf(ImportError);
    expect(await db.projects.count()).toBe(0);
  });
});

describe('revisions', () => {
  it('a saved side becomes current, the import stays untouched, and statuses follow', async () => {
    const db = await freshDb();
    const pid = await importParsedFile(db, parsedFixture(), 'P');
    const docs = await db.documents.where('projectId').equals(pid).sortBy('order');
    const [zh] = await getDocumentUnits(db, docs[1].id);
    const r1 = await addRevision(db, { unitId: zh.unit.id, side: 'source', text: 'Reinforcement learning (RL) involves exploratory actions.' });
    const r2 = await addRevision(db, { unitId: zh.unit.id, side: 'source', text: 'Reinforcement learning (RL) involves performing exploratory actions in unknown systems.' });
    expect(r1.parentId).toBeNull();
    expect(r2.parentId).toBe(r1.id);
    const [now] = await getDocumentUnits(db, docs[1].id);
    expect(now.source).toBe('Reinforcement learning (RL) involves performing exploratory actions in unknown systems.');
    expect(now.unit.source).toBe('');
    expect(now.unit.status).toBe('machine translated');
    expect((await db.documents.get(docs[1].id))?.status).toBe('machine translated');
    expect(await db.revisions.count()).toBe(2);
  });

  it('an empty text is refused and nothing is stored', async () => {
    const db = await freshDb();
    const pid = await importParsedFile(db, parsedFixture(), 'P');
    const unit = await db.units.where('projectId').equals(pid).first();
    await expect(addRevision(db, { unitId: unit!.id, side: 'target', text: ' \n　' })).rejects.toBeInstanceOf(EmptyTextError);
    expect(await db.revisions.count()).toBe(0);
  });

  it('deleting a project removes only its records', async () => {
    const db = await freshDb();
    const a = await importParsedFile(db, parsedFixture('a.tsv'), 'A');
    const b = await importParsedFile(db, parsedFixture('b.tsv'), 'B');
    const unit = await db.units.where('projectId').equals(a).first();
    await addRevision(db, { unitId: unit!.id, side: 'target', text: '训练在20个轮次内收敛。' });
    await deleteProject(db, a);
    expect(await db.projects.toCollection().primaryKeys()).toEqual([b]);
    expect(await db.units.count()).toBe(3);
    expect(await db.revisions.count()).toBe(0);
  });
});
