import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../helpers/freshDb';
import { findDocumentEntries, renderApp } from '../helpers/renderApp';

const downloads: { name: string; blob: Blob }[] = [];
const blobs = new Map<string, Blob>();

beforeEach(() => {
  downloads.length = 0;
  let n = 0;
  URL.createObjectURL = vi.fn((b: Blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, b);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => vi.restoreAllMocks());

const CMT_ZH = '本文提出了一种鲁棒的三维检测器，称为跨模态Transformer（CMT）。';

describe('Export', () => {
  it('the whole project as TSV holds the added translation, and the document as XLIFF holds its source', async () => {
    const db = await freshDb();
    renderApp(db);
    const entries = await findDocumentEntries(10);
    await userEvent.click(entries[3]);
    const target = await screen.findByRole('region', { name: 'Target (Chinese)' });
    await userEvent.click(await within(target).findByRole('button', { name: 'Add translation' }));
    await userEvent.click(screen.getByRole('textbox', { name: 'Translation' }));
    await userEvent.paste(CMT_ZH);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await within(target).findByText(/跨模态Transformer/);

    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    let dialog = screen.getByRole('dialog', { name: 'Export' });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Whole project' }));
    const format = within(dialog).getByRole('combobox', { name: 'Format' });
    await waitFor(() => expect(within(format).getAllByRole('option').length).toBeGreaterThan(3));
    await userEvent.selectOptions(format, 'tsv');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Download' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    // the dialog closes right after the download, in a render of its own
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(downloads[0].name).toMatch(/^Seed 000_2c0d154558004bfd-\d{4}-\d{2}-\d{2}\.tsv$/);
    const tsv = await downloads[0].blob.text();
    expect(tsv).toContain(CMT_ZH);
    expect(tsv).toContain('分配探索安全培训算法');
    expect(tsv.split('\n').filter((l) => l.trim()).length).toBeGreaterThanOrEqual(11);

    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    dialog = screen.getByRole('dialog', { name: 'Export' });
    expect(within(dialog).getByRole('radio', { name: 'This document' })).toBeChecked();
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Download' })).toBeEnabled());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Download' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[1].name).toMatch(/^Seed 000_2c0d154558004bfd-In this paper, we propose a robust 3D.*-\d{4}-\d{2}-\d{2}\.xlf$/);
    const xlf = await downloads[1].blob.text();
    expect(xlf).toContain('<xliff');
    expect(xlf).toContain('Cross Modal Transformer (CMT)');
    expect(xlf).toContain(CMT_ZH);
    expect(xlf).not.toContain('分配探索安全培训算法');
  });

  it('Cancel and Esc close the dialog without a download', async () => {
    const db = await freshDb();
    renderApp(db);
    await findDocumentEntries(10);
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Export' })).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(downloads).toHaveLength(0);
  });

  it('CSV, TSV and JSONL say when their finding counts would be empty or partial; XLIFF says nothing', async () => {
    const db = await freshDb();
    renderApp(db);
    await findDocumentEntries(10);
    const [project] = await db.projects.toArray();
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    const format = within(dialog).getByRole('combobox', { name: 'Format' });
    await waitFor(() => expect(within(format).getAllByRole('option').length).toBeGreaterThan(3));
    const note = () => within(dialog).queryByRole('note');

    // The seed was never checked as a whole (the Dashboard was not opened): no findings stored.
    await userEvent.selectOptions(format, 'csv');
    expect(await within(dialog).findByRole('note')).toHaveTextContent('has not been checked as a whole yet, so the finding counts in this file will be empty');
    await userEvent.selectOptions(format, 'xliff12');
    expect(note()).toBeNull();

    // A full check cancelled after 4 units.
    await db.projects.update(project.id, { findingsCheck: { complete: false, outcome: 'cancelled', units: 4, at: Date.now() } });
    await userEvent.selectOptions(format, 'jsonl');
    await waitFor(() => expect(note()).toHaveTextContent(`did not finish (about 4 of ${project.unitCount} units), so the finding counts in this file cover only the units it checked`));

    // Finished: the counts are complete, nothing to say.
    await db.projects.update(project.id, { findingsCheck: { complete: true, outcome: 'done', units: project.unitCount, at: Date.now() } });
    await userEvent.selectOptions(format, 'tsv');
    await waitFor(() => expect(note()).toBeNull());
  });
});
