import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../helpers/freshDb';
import { findDocumentEntries, renderApp } from '../helpers/renderApp';
import { cachedFindings } from '../helpers/cachedFindings';

describe('Re-check project', () => {
  it('checks every unit of the open project off the main thread and caches the findings by key', async () => {
    const db = await freshDb();
    renderApp(db);
    await findDocumentEntries(10);
    const units = await db.units.count();
    await userEvent.click(screen.getByRole('button', { name: 'Re-check project' }));
    const status = await screen.findByRole('status', { name: 'Re-check' }, { timeout: 30_000 });
    const m = /Re-checked ([\d,]+) units: ([\d,]+) findings\./.exec(status.textContent ?? '');
    expect(m, status.textContent ?? '').not.toBeNull();
    expect(Number(m![1].replace(/,/g, ''))).toBe(units);
    const stored = await cachedFindings(db);
    expect(stored.length).toBe(Number(m![2].replace(/,/g, '')));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((f) => typeof f.key === 'string' && f.key.startsWith(`${String(f.check)}|${f.unitId}|`))).toBe(true);
    // The seed's DESTA abstract renders "agent" wrongly somewhere: a terminology finding exists.
    expect(stored.some((f) => String(f.check).startsWith('terminology.'))).toBe(true);
  });

  it('a second run replaces the cached findings instead of adding to them', async () => {
    const db = await freshDb();
    renderApp(db);
    await findDocumentEntries(10);
    await userEvent.click(screen.getByRole('button', { name: 'Re-check project' }));
    await screen.findByRole('status', { name: 'Re-check' }, { timeout: 30_000 });
    const first = (await cachedFindings(db)).length;
    await userEvent.click(screen.getByRole('button', { name: 'Re-check project' }));
    await waitFor(async () => expect(screen.getByRole('status', { name: 'Re-check' })).toHaveTextContent(`${first.toLocaleString('en')} findings`), { timeout: 30_000 });
    expect((await cachedFindings(db)).length).toBe(first);
    // Stored in chunks of many findings a record, not one record per finding.
    expect(await db.findingChunks.count()).toBeLessThan(first);
  });
});
