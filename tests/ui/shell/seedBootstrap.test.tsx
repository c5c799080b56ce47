import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { countRecords, SEED_PROJECT_NAME } from '../../../src/db';
import { freshDb } from '../helpers/freshDb';
import { findDocumentEntries, renderApp } from '../helpers/renderApp';

describe('first visit: the seed', () => {
  it('imports the seed as one project and lists its 10 documents with their statuses', async () => {
    const db = await freshDb();
    renderApp(db);
    expect(screen.getByRole('heading', { level: 1, name: 'duizhao 对照' })).toBeInTheDocument();
    const entries = await findDocumentEntries(10);
    expect(await screen.findByText(SEED_PROJECT_NAME)).toBeInTheDocument();
    const statuses = entries.map((e) => (e.textContent ?? '').match(/source missing|translation missing|machine translated/)?.[0]);
    expect(statuses.filter((s) => s === 'source missing')).toHaveLength(2);
    expect(statuses.filter((s) => s === 'translation missing')).toHaveLength(8);
    // The two Chinese blocks come first; each entry names the detected language with a
    // confidence: a code in the narrow list, in full in its title.
    expect(entries[0]).toHaveTextContent(/强化学习/);
    expect(entries[0]).toHaveTextContent(/ZH/);
    expect(within(entries[0]).getByTitle(/^Detected language: Chinese · \d\.\d\d$/)).toBeInTheDocument();
    expect(entries[2]).toHaveTextContent(/Masked image modeling/);
    expect(entries[2]).toHaveTextContent(/EN/);
    expect(within(entries[2]).getByTitle(/^Detected language: English · \d\.\d\d$/)).toBeInTheDocument();
    // The first document is open.
    expect(entries[0]).toHaveAttribute('aria-current', 'true');
    expect(await db.projects.count()).toBe(1);
    expect(await db.units.count()).toBe(10);
  });

  it('a second visit imports nothing and keeps a source the reviewer added', async () => {
    const db = await freshDb();
    const first = renderApp(db);
    await findDocumentEntries(10);
    const source = await screen.findByRole('region', { name: 'Source (English)' });
    await userEvent.click(await within(source).findByRole('button', { name: 'Add source' }));
    await userEvent.click(screen.getByRole('textbox', { name: 'Source text' }));
    await userEvent.paste('Reinforcement learning (RL) involves performing exploratory actions in an unknown system.');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(source).getByText(/exploratory actions in an unknown system/)).toBeInTheDocument());
    const before = await countRecords(db);
    first.unmount();

    renderApp(db);
    await findDocumentEntries(10);
    const again = await screen.findByRole('region', { name: 'Source (English)' });
    expect(await within(again).findByText(/exploratory actions in an unknown system/)).toBeInTheDocument();
    expect(within(again).queryByRole('button', { name: 'Add source' })).toBeNull();
    expect(await countRecords(db)).toEqual(before);
    expect(await db.projects.count()).toBe(1);
    expect(await db.documents.count()).toBe(10);
  });

  it('two tabs starting at once import the seed only once', async () => {
    const db = await freshDb();
    renderApp(db);
    renderApp(db);
    await waitFor(async () => expect(await db.settings.get('seedProjectId')).toBeDefined());
    await waitFor(() => expect(screen.getAllByRole('navigation', { name: 'Documents' })).toHaveLength(2));
    expect(await db.projects.count()).toBe(1);
    expect(await db.documents.count()).toBe(10);
  });
});
