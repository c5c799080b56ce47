import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countRecords, type DuizhaoDB } from '../../../src/db';
import { freshDb } from '../helpers/freshDb';
import { findDocumentEntries, renderApp } from '../helpers/renderApp';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/formats');
const fixture = (name: string) => new File([readFileSync(resolve(FIXTURES, name))], name);

async function upload(file: File) {
  await userEvent.upload(screen.getByLabelText('Choose a file to import'), file);
}

async function seeded(): Promise<{ db: DuizhaoDB; before: Record<string, number> }> {
  const db = await freshDb();
  renderApp(db);
  await findDocumentEntries(10);
  return { db, before: await countRecords(db) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Import takes every bilingual format', () => {
  it('the picker offers XLIFF, TMX and PO besides dump, TSV, CSV and JSONL', async () => {
    await seeded();
    const accept = screen.getByLabelText('Choose a file to import').getAttribute('accept') ?? '';
    for (const ext of ['.txt', '.tsv', '.csv', '.jsonl', '.xlf', '.xliff', '.tmx', '.po']) expect(accept.split(',')).toContain(ext);
  });

  it.each([
    ['ml-review.xlf', null, /安全政策/],
    ['ml-review-2.1.xlf', null, /[\u4e00-\u9fff]{2}/],
    ['ml-memory.tmx', 4, /[\u4e00-\u9fff]{2}/],
    ['ml-review.po', null, /安全强化学习/],
  ])('%s becomes a new project whose units hold the Chinese text', async (name, units, zh) => {
    const { db } = await seeded();
    await upload(fixture(name));
    const status = await screen.findByRole('status', { name: 'Import' }, { timeout: 10_000 });
    expect(status).toHaveTextContent(new RegExp(`Imported ${name.replace('.', '\\.')}: [\\d,]+ documents?, [\\d,]+ units?`));
    await waitFor(async () => expect(await db.projects.count()).toBe(2));
    const project = (await db.projects.toArray()).find((p) => p.fileName === name)!;
    expect(project.incomplete).toBeUndefined();
    const stored = await db.units.where('projectId').equals(project.id).toArray();
    if (units !== null) expect(stored).toHaveLength(units);
    expect(stored.length).toBe(project.unitCount);
    expect(stored.some((u) => zh.test(u.target))).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('the parser\'s warnings are shown with the confirmation (a PO with an obsolete entry)', async () => {
    const { db } = await seeded();
    const po = [
      'msgid ""', 'msgstr ""', '"Language: zh_CN\\n"', '"Content-Type: text/plain; charset=UTF-8\\n"', '',
      'msgid "Gradient descent converges."', 'msgstr "梯度下降收敛了。"', '',
      '#~ msgid "Old sentence."', '#~ msgstr "旧句子。"', '',
    ].join('\n');
    await upload(new File([po], '过时条目.po'));
    const status = await screen.findByRole('status', { name: 'Import' }, { timeout: 10_000 });
    expect(status).toHaveTextContent('Imported 过时条目.po: 1 document, 1 unit. 1 warning: 过时条目.po: 1 obsolete (#~) entries were skipped.');
    await waitFor(async () => expect(await db.projects.count()).toBe(2));
  });

  it('a TSV gives no warning line', async () => {
    await seeded();
    await upload(new File(['id\tsource\ttarget\nw1\tThe reward is sparse.\t奖励是稀疏的。\n'], 'plain.tsv'));
    const status = await screen.findByRole('status', { name: 'Import' });
    expect(status).toHaveTextContent('Imported plain.tsv: 1 document, 1 unit.');
    expect(status).not.toHaveTextContent(/warning/);
  });

  it('a malformed XLIFF: the alert names the file, line and column; nothing stored changes', async () => {
    const { db, before } = await seeded();
    const bad = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
      '<file original="a.txt" source-language="en" target-language="zh-CN" datatype="plaintext"><body>',
      '<trans-unit id="1"><source>We pre-train a model.</source><target>我们预训练了一个模型。</targt></trans-unit>',
      '</body></file></xliff>',
    ].join('\n');
    await upload(new File([bad], '损坏的译文.xlf'));
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('损坏的译文.xlf');
    expect(alert).toHaveTextContent(/line 4/);
    expect(alert).toHaveTextContent(/Nothing was stored/);
    expect(await countRecords(db)).toEqual(before);
  });
});

describe('Import and the storage quota', () => {
  it('a file larger than the free storage stops with a message before anything is written', async () => {
    const { db, before } = await seeded();
    const estimate = vi.fn(async () => ({ quota: 1_048_576, usage: 1_000_000 }));
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { storage: { estimate } }));
    const rows = ['id\tsource\ttarget'];
    for (let i = 1; i <= 600; i++) rows.push(`q${i}\tWe fine-tune the model for ${i} epochs.\t我们对模型微调了${i}个轮次。`);
    await upload(new File([rows.join('\n')], 'quota.tsv'));
    const alert = await screen.findByRole('alert');
    expect(estimate).toHaveBeenCalled();
    expect(alert).toHaveTextContent('quota.tsv');
    expect(alert).toHaveTextContent(/only 0 MB is free|only 0\.\d MB is free/);
    expect(alert).toHaveTextContent(/Nothing was written/);
    expect(await countRecords(db)).toEqual(before);
  });

  it('a file that fits is imported when the browser reports the quota', async () => {
    const { db } = await seeded();
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { storage: { estimate: async () => ({ quota: 10 * 1_048_576 * 1024, usage: 0 }) } }));
    await upload(new File(['id\tsource\ttarget\nf1\tThe loss converges.\t损失收敛了。\n'], 'fits.tsv'));
    expect(await screen.findByRole('status', { name: 'Import' })).toHaveTextContent('Imported fits.tsv: 1 document, 1 unit.');
    await waitFor(async () => expect(await db.projects.count()).toBe(2));
  });
});

describe('an import that died with its tab', () => {
  async function stageOrphan(db: DuizhaoDB, heartbeatAt: number): Promise<number> {
    const id = (await db.projects.add({
      name: 'half-written', kind: 'import', format: 'tsv', fileName: 'half.tsv', sourceLang: 'en', targetLang: 'zh-CN',
      createdAt: heartbeatAt, documentCount: 1, unitCount: 2, warnings: [], incomplete: true, heartbeatAt, importToken: 't',
    })) as number;
    const documentId = (await db.documents.add({ projectId: id, order: 0, name: 'd', title: '半截文档', status: 'machine translated', unitCount: 2, missingSource: 0, missingTarget: 0 })) as number;
    await db.units.add({ projectId: id, documentId, order: 0, extId: 'h1', source: 'Half of it.', target: '一半。', status: 'machine translated' });
    return id;
  }

  it('is deleted at the next start and never shown', async () => {
    const db = await freshDb();
    const orphan = await stageOrphan(db, Date.now() - 10 * 60_000);
    renderApp(db);
    await findDocumentEntries(10);
    await waitFor(async () => expect(await db.projects.get(orphan)).toBeUndefined());
    expect(await db.units.where('projectId').equals(orphan).count()).toBe(0);
    expect(await db.documents.where('projectId').equals(orphan).count()).toBe(0);
    expect(screen.queryByRole('combobox', { name: 'Project' })).toBeNull();
  });

  it('one still writing in another tab (fresh heartbeat) is kept but hidden from the project picker', async () => {
    const db = await freshDb();
    const running = await stageOrphan(db, Date.now());
    renderApp(db);
    await findDocumentEntries(10);
    expect(await db.projects.get(running)).toBeDefined();
    expect(screen.queryByRole('combobox', { name: 'Project' })).toBeNull();
    expect(screen.queryByText('半截文档')).toBeNull();
    expect(within(screen.getByRole('navigation', { name: 'Documents' })).queryByText(/half/)).toBeNull();
  });
});
