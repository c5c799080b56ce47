import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { countRecords, type DuizhaoDB } from '../../../src/db';
import { freshDb } from '../helpers/freshDb';
import { findDocumentEntries, renderApp } from '../helpers/renderApp';

const GOOD_TSV = [
  'id\tsource\ttarget',
  'a1\tWe pre-train a graph neural network on 3 million molecules.\t我们在300万个分子上预训练了一个图神经网络。',
  'a2\tThe policy converges to a stable point.\t该策略收敛到一个稳定点。',
  'a3\tOur code is available online.\t',
].join('\n');

async function upload(file: File) {
  await userEvent.upload(screen.getByLabelText('Choose a file to import'), file);
}

async function seeded(): Promise<{ db: DuizhaoDB; before: Record<string, number> }> {
  const db = await freshDb();
  renderApp(db);
  await findDocumentEntries(10);
  return { db, before: await countRecords(db) };
}

describe('Import', () => {
  it('a good TSV becomes a new project and opens', async () => {
    const { db } = await seeded();
    expect(screen.getByRole('button', { name: 'Import' })).toBeInTheDocument();
    await upload(new File([GOOD_TSV], 'abstracts.tsv', { type: 'text/tab-separated-values' }));
    expect(await screen.findByRole('status', { name: 'Import' })).toHaveTextContent(/Imported abstracts\.tsv/);
    await waitFor(async () => expect(await db.projects.count()).toBe(2));
    expect(await db.units.count()).toBe(13);
    expect(await screen.findByText('abstracts')).toBeInTheDocument();
    const target = await screen.findByRole('region', { name: 'Target (Chinese)' });
    expect(await within(target).findByText(/预训练了一个图神经网络/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a TSV row with a missing column: alert names the file and the line; nothing changes', async () => {
    const { db, before } = await seeded();
    const bad = 'id\tsource\ttarget\nb1\tTraining data leaks.\t训练数据泄露。\nb2\tOnly a source here\n';
    await upload(new File([bad], 'bad.tsv'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('bad.tsv');
    expect(alert).toHaveTextContent(/line 3/);
    expect(alert).toHaveTextContent(/Nothing was stored/);
    expect(await countRecords(db)).toEqual(before);
  });

  it('an empty file: alert with the file name; nothing changes', async () => {
    const { db, before } = await seeded();
    await upload(new File([''], 'empty.tsv'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('empty.tsv');
    expect(alert).toHaveTextContent(/empty/i);
    expect(await countRecords(db)).toEqual(before);
  });

  it('a binary file: alert with the file name; nothing changes', async () => {
    const { db, before } = await seeded();
    const bytes = new Uint8Array(512);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37) % 256;
    await upload(new File([bytes], 'model.txt'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('model.txt');
    expect(await countRecords(db)).toEqual(before);
    await userEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a dump dropped on the window is imported', async () => {
    const { db } = await seeded();
    const dump = 'Graph neural networks learn on graphs.\ntranslated by 谷歌翻译\n图神经网络在图上学习。\ntranslated by 谷歌翻译\n';
    const file = new File([dump], 'two.txt', { type: 'text/plain' });
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: dataTransfer });
    window.dispatchEvent(drop);
    expect(await screen.findByRole('status', { name: 'Import' })).toHaveTextContent(/Imported two\.txt: 2 documents/);
    await waitFor(async () => expect(await db.projects.count()).toBe(2));
    await findDocumentEntries(2);
  });
});

describe('Import of a large file', () => {
  it('shows a progress bar and "Cancel import" leaves nothing behind', async () => {
    const { db, before } = await seeded();
    const lines = ['id\tsource\ttarget'];
    for (let i = 1; i <= 20_000; i++) lines.push(`r${i}\tThe agent is trained for ${i} steps.\t智能体训练了${i}步。`);
    await upload(new File([lines.join('\n')], 'big.tsv'));
    const bar = await screen.findByRole('progressbar', { name: 'Importing big.tsv' });
    expect(bar).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(await screen.findByRole('status', { name: 'Import' })).toHaveTextContent('Import of big.tsv cancelled; nothing was stored.');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(await countRecords(db)).toEqual(before);
    expect(screen.getByText('Seed 000_2c0d154558004bfd')).toBeInTheDocument();
  });

  it('after an import the "Project" picker switches back to the seed', async () => {
    const { db } = await seeded();
    await upload(new File([GOOD_TSV], 'abstracts.tsv'));
    await waitFor(async () => expect(await db.projects.count()).toBe(2));
    const picker = await screen.findByRole('combobox', { name: 'Project' });
    await findDocumentEntries(3);
    const seed = within(picker).getByRole('option', { name: /Seed 000_2c0d154558004bfd/ }) as HTMLOptionElement;
    await userEvent.selectOptions(picker, seed);
    const entries = await findDocumentEntries(10);
    await waitFor(() => expect(entries[0]).toHaveAttribute('aria-current', 'true'));
  });
});

describe('the next visit', () => {
  it('opens the project used last, not the seed', async () => {
    const { db } = await seeded();
    await upload(new File([GOOD_TSV], 'abstracts.tsv'));
    await findDocumentEntries(3);
    await waitFor(async () => expect(await db.settings.get('lastProjectId')).toMatchObject({ value: 2 }));
    cleanup();
    renderApp(db);
    const entries = await findDocumentEntries(3);
    expect(entries[0]).toHaveTextContent(/We pre-train a graph neural network/);
    expect(await db.projects.count()).toBe(2);
  });
});
