import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../helpers/freshDb';
import { findDocumentEntries, renderApp } from '../helpers/renderApp';

async function findingsRegion() {
  const region = await screen.findByRole('region', { name: 'Findings' });
  await waitFor(() => expect(within(region).getAllByRole('listitem').length).toBeGreaterThan(0), { timeout: 15_000 });
  return region;
}

describe('Findings of the shown document', () => {
  it('DESTA: the acronym expansion is listed with its suggestion and marked in the target', async () => {
    const db = await freshDb();
    renderApp(db);
    await findDocumentEntries(10);
    const region = await findingsRegion();
    const items = within(region).getAllByRole('listitem');
    const desta = items.find((li) => /分布式探索安全训练算法/.test(li.textContent ?? ''));
    expect(desta).toBeDefined();
    expect(desta).toHaveTextContent(/DESTA/);
    expect(items.some((li) => /培训/.test(li.textContent ?? '') && /训练/.test(li.textContent ?? ''))).toBe(true);
    // Kept names are not findings.
    expect(items.some((li) => /Lunar Lander|Frozen Lake/.test(li.textContent ?? ''))).toBe(false);
    const target = screen.getByRole('region', { name: 'Target (Chinese)' });
    const marks = [...target.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks.some((t) => t?.includes('分配探索安全培训算法'))).toBe(true);
    expect(marks).not.toContain('DESTA');
  });

  it('the severity filter narrows the list; "All" restores it', async () => {
    const db = await freshDb();
    renderApp(db);
    await findDocumentEntries(10);
    const region = await findingsRegion();
    const all = within(region).getAllByRole('listitem').length;
    await userEvent.selectOptions(within(region).getByRole('combobox', { name: 'Severity' }), 'minor');
    const minor = within(region).queryAllByRole('listitem');
    expect(minor.length).toBeLessThan(all);
    for (const li of minor) expect(li).toHaveTextContent(/^minor/);
    await userEvent.selectOptions(within(region).getByRole('combobox', { name: 'Severity' }), 'All');
    expect(within(region).getAllByRole('listitem')).toHaveLength(all);
  });

  it('an English block reports the missing translation, which goes away once a translation is added', async () => {
    const db = await freshDb();
    renderApp(db);
    const entries = await findDocumentEntries(10);
    await userEvent.click(entries[3]);
    const region = await screen.findByRole('region', { name: 'Findings' });
    await waitFor(() => expect(within(region).getByText(/Translation missing/)).toBeInTheDocument(), { timeout: 15_000 });
    expect(within(region).getAllByRole('listitem')[0]).toHaveTextContent(/^critical/);
    const target = screen.getByRole('region', { name: 'Target (Chinese)' });
    await userEvent.click(await within(target).findByRole('button', { name: 'Add translation' }));
    await userEvent.click(screen.getByRole('textbox', { name: 'Translation' }));
    await userEvent.paste('本文提出了一种鲁棒的三维检测器，称为跨模态Transformer（CMT），用于端到端的三维多模态检测。');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(region).queryByText(/Translation missing/)).toBeNull(), { timeout: 15_000 });
  });
});
