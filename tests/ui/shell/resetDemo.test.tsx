import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { importParsedFile } from '../../../src/db';
import { freshDb } from '../helpers/freshDb';
import { parsedFixture } from '../helpers/parsedFixture';
import { findDocumentEntries, renderApp } from '../helpers/renderApp';

async function addDestaSource(text: string) {
  const source = await screen.findByRole('region', { name: 'Source (English)' });
  await userEvent.click(await within(source).findByRole('button', { name: 'Add source' }));
  await userEvent.type(screen.getByRole('textbox', { name: 'Source text' }), text);
  await userEvent.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Source text' })).toBeNull());
  expect(within(source).queryByRole('button', { name: 'Add source' })).toBeNull();
}

describe('Reset demo data', () => {
  it('asks first; Cancel keeps the reviewer’s work', async () => {
    const db = await freshDb();
    renderApp(db);
    await findDocumentEntries(10);
    await addDestaSource('Safe reinforcement learning.');
    await userEvent.click(screen.getByRole('button', { name: 'Workspace' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Reset demo data' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Reset demo data?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await db.revisions.count()).toBe(1);
    expect(screen.getByRole('region', { name: 'Source (English)' })).toHaveTextContent('Safe reinforcement learning.');
  });

  it('Esc closes the dialog without resetting', async () => {
    const db = await freshDb();
    renderApp(db);
    await findDocumentEntries(10);
    await addDestaSource('Safe reinforcement learning.');
    await userEvent.click(screen.getByRole('button', { name: 'Workspace' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Reset demo data' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await db.revisions.count()).toBe(1);
  });

  it('Reset restores the seed and leaves other projects alone', async () => {
    const db = await freshDb();
    renderApp(db);
    await findDocumentEntries(10);
    const other = await importParsedFile(db, parsedFixture('mine.tsv'), 'Mine');
    await addDestaSource('Safe reinforcement learning.');
    await userEvent.click(screen.getByRole('button', { name: 'Workspace' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Reset demo data' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reset' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    const entries = await findDocumentEntries(10);
    expect(entries.filter((e) => /source missing/.test(e.textContent ?? ''))).toHaveLength(2);
    const source = await screen.findByRole('region', { name: 'Source (English)' });
    expect(await within(source).findByRole('button', { name: 'Add source' })).toBeInTheDocument();
    expect(await db.revisions.count()).toBe(0);
    expect(await db.projects.count()).toBe(2);
    expect(await db.projects.get(other)).toMatchObject({ name: 'Mine' });
    expect(await db.units.where('projectId').equals(other).count()).toBe(3);
  });
});

describe('the open project disappears (reset or deleted in another tab)', () => {
  it('the app opens another project instead of an empty list', async () => {
    const { deleteProject } = await import('../../../src/db');
    const db = await freshDb();
    renderApp(db);
    await findDocumentEntries(10);
    const other = await importParsedFile(db, parsedFixture('mine.tsv'), 'Mine');
    const seed = (await db.projects.where('kind').equals('seed').first())!;
    await deleteProject(db, seed.id);
    const entries = await findDocumentEntries(2);
    expect(entries[1]).toHaveTextContent('Abstract two');
    expect(screen.getByText('Mine')).toBeInTheDocument();
    expect(await db.projects.toCollection().primaryKeys()).toEqual([other]);
  });
});
