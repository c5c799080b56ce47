import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { freshDb } from '../helpers/freshDb';
import { renderApp } from '../helpers/renderApp';

describe('when the local database cannot be opened', () => {
  it('says what happened and what to do instead of a blank page', async () => {
    const db = await freshDb();
    vi.spyOn(db.settings, 'get').mockRejectedValue(Object.assign(new Error('IndexedDB API missing'), { name: 'MissingAPIError' }));
    renderApp(db);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/could not open its local database \(IndexedDB\)/);
    expect(alert).toHaveTextContent(/allow site data for this page or use a normal window, then reload/);
    expect(screen.queryByRole('navigation', { name: 'Documents' })).toBeNull();
    expect(await db.projects.count()).toBe(0);
  });
});

describe('when another tab upgrades the database', () => {
  it('tells the reviewer to reload', async () => {
    const { DuizhaoDB } = await import('../../../src/db');
    const db = await freshDb();
    renderApp(db);
    await screen.findByRole('navigation', { name: 'Documents' });
    const newer = new DuizhaoDB(db.name);
    newer.version(db.verno + 1).stores({ settings: 'key' });
    await newer.open();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/newer version of duizhao was opened in another tab/);
    expect(alert).toHaveTextContent(/Reload the page/);
    newer.close();
  });
});
