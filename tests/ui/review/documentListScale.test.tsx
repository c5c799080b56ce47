import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { importParsedFile, setSetting } from '../../../src/db';
import { freshDb } from '../helpers/freshDb';
import { bigParsed } from '../helpers/parsedFixture';
import { findDocumentEntries, renderApp } from '../helpers/renderApp';

describe('document list at scale', () => {
  it('a 10,000-document project renders only a window of entries', async () => {
    const db = await freshDb();
    const pid = await importParsedFile(db, bigParsed(10_000, 1), 'Ten thousand');
    await setSetting(db, 'seedProjectId', -1); // this profile already had (and deleted) the seed
    await setSetting(db, 'lastProjectId', pid);
    renderApp(db);
    const nav = await screen.findByRole('navigation', { name: 'Documents' });
    expect(await within(nav).findByText('10,000')).toBeInTheDocument();
    const entries = await findDocumentEntries(within(nav).getAllByRole('button').length);
    expect(entries.length).toBeGreaterThan(5);
    expect(entries.length).toBeLessThan(60);
    expect(entries[0]).toHaveTextContent(/^1doc 1machine translated$/);
    expect(entries.at(-1)).not.toHaveTextContent('doc 10000');
    expect(entries[0].closest('li')).toHaveAttribute('aria-setsize', '10000');
    expect(await db.projects.count()).toBe(1);
  });

  it('the header counts every document from the start, not the first screen read so far', async () => {
    const db = await freshDb();
    const pid = await importParsedFile(db, bigParsed(10_000, 1), 'Ten thousand');
    await setSetting(db, 'seedProjectId', -1);
    await setSetting(db, 'lastProjectId', pid);
    // Every count the header ever shows, as the list is read in pages.
    const shown = new Set<string>();
    const observer = new MutationObserver(() => {
      for (const el of document.querySelectorAll('nav[aria-label="Documents"] .pane-head .muted')) shown.add(el.textContent ?? '');
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    renderApp(db);
    const nav = await screen.findByRole('navigation', { name: 'Documents' });
    expect(await within(nav).findByText('10,000')).toBeInTheDocument();
    await findDocumentEntries(within(nav).getAllByRole('button').length);
    await waitFor(() => expect(nav.querySelector('ul')).toHaveAttribute('aria-busy', 'false'));
    observer.disconnect();
    expect([...shown]).toEqual(['10,000']);
  });
});
