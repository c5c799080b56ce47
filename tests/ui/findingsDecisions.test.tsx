import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { freshDb } from './helpers/freshDb';
import { editButtonOf, findingItem, findingsRegion, openSeed, storedTarget, targetSentence } from './helpers/reviewHelpers';

const itemsOf = (region: HTMLElement) => within(region).queryAllByRole('listitem');

describe('Decisions on findings', () => {
  it('dismiss (with a reason) → re-check after an edit and after a reload → still dismissed; "Show dismissed" lists it', async () => {
    const db = await freshDb();
    await openSeed(db);
    let region = await findingsRegion();
    const before = itemsOf(region).length;
    const openai = findingItem(region, /Openai Gym/, /OpenAI Gym/);
    await userEvent.click(within(openai).getByRole('button', { name: 'Dismiss' }));
    const dialog = await screen.findByRole('dialog', { name: 'Dismiss finding' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Reason (optional)' }), '原文如此');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(itemsOf(region)).toHaveLength(before - 1));
    expect(itemsOf(region).some((li) => /Openai Gym/.test(li.textContent ?? ''))).toBe(false);
    expect(within(region).getByText(/1 dismissed/)).toBeInTheDocument();
    // Its span is no longer marked.
    const marks = [...(await targetSentence('Lunar Lander')).querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks.join(' ')).not.toContain('Openai');

    // Re-check: edit another sentence of the unit (the engine runs again on the new text).
    await userEvent.click(await editButtonOf('从经验上讲'));
    await userEvent.type(screen.getByRole('textbox', { name: 'Translation' }), '另外');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await targetSentence('另外');
    await waitFor(() => expect(within(region).getByText(/1 dismissed/)).toBeInTheDocument());
    expect(itemsOf(region).some((li) => /Openai Gym/.test(li.textContent ?? ''))).toBe(false);

    // Reload: a fresh app on the same database.
    cleanup();
    await openSeed(db);
    region = await findingsRegion();
    await waitFor(() => expect(within(region).getByText(/1 dismissed/)).toBeInTheDocument());
    expect(itemsOf(region).some((li) => /Openai Gym/.test(li.textContent ?? ''))).toBe(false);
    await userEvent.click(within(region).getByRole('checkbox', { name: /Show dismissed/ }));
    const shown = findingItem(region, /Openai Gym/);
    expect(shown).toHaveTextContent(/dismissed/);
    expect(shown).toHaveTextContent('Reason: 原文如此');
    // Reopen brings it back into the open list.
    await userEvent.click(within(shown).getByRole('button', { name: 'Reopen' }));
    await waitFor(() => expect(within(region).queryByText(/dismissed\)/)).toBeNull());
  });

  it('Apply suggestion fixes the DESTA expansion as a new revision; Confirm turns a finding into an MQM annotation', async () => {
    const db = await freshDb();
    await openSeed(db);
    const region = await findingsRegion();
    const desta = findingItem(region, /分配探索安全培训算法/, /分布式探索安全训练算法/);
    await userEvent.click(within(desta).getByRole('button', { name: 'Apply suggestion' }));
    await waitFor(async () => expect(await storedTarget(db)).toContain('称为分布式探索安全训练算法(DESTA)'));
    expect((await db.revisions.toArray())[0]).toMatchObject({ reason: 'apply', author: '李雷' });
    await waitFor(() => expect(itemsOf(region).some((li) => /分配探索安全培训算法/.test(li.textContent ?? ''))).toBe(false));

    const huihe = findingItem(region, /汇合/, /收敛/);
    await userEvent.click(within(huihe).getByRole('button', { name: 'Confirm' }));
    const annotations = screen.getByRole('region', { name: 'Annotations' });
    await waitFor(() => expect(within(annotations).getAllByRole('listitem')).toHaveLength(1));
    expect(within(annotations).getByRole('listitem')).toHaveTextContent(/Major.*Terminology.*汇合/);
    await waitFor(() => expect(findingItem(region, /汇合/, /收敛/)).toHaveTextContent(/confirmed/));
    // The document score counts it: one Major = APT 5.
    expect(screen.getByRole('group', { name: 'Scores' })).toHaveTextContent(/Document MQM.*APT 5/);
  });

  it('"Apply to all" previews every occurrence across the project, applies them as one step, and Undo reverts them all', async () => {
    const db = await freshDb();
    await openSeed(db);
    const region = await findingsRegion();
    const comma = findingItem(region, /Suggestion: ，/);
    await userEvent.click(within(comma).getByRole('button', { name: 'Apply to all' }));
    const dialog = await screen.findByRole('dialog', { name: 'Apply to all' });
    const list = await within(dialog).findByRole('list', { name: 'Changes' }, { timeout: 15_000 });
    const changes = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === list);
    expect(changes).toHaveLength(2); // the DESTA unit and the next block
    expect(changes[0]).toHaveTextContent(/unit 1 · 16 changes/);
    expect(changes[1]).toHaveTextContent(/unit 2 · 18 changes/);
    expect(within(changes[0]).getAllByRole('listitem')[0]).toHaveTextContent('在本文中[deleted: ,][inserted: ，]我们介绍了');
    const total = Number(/Apply (\d+) changes/.exec(within(dialog).getByRole('button', { name: /^Apply \d+ changes$/ }).textContent ?? '')?.[1]);
    expect(total).toBe(34);
    const before = await db.revisions.count();
    await userEvent.click(within(dialog).getByRole('button', { name: /^Apply \d+ changes$/ }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Apply to all' })).toBeNull());
    expect(await db.revisions.count()).toBe(before + changes.length);
    expect(await storedTarget(db)).not.toContain(',');
    expect(await storedTarget(db)).toContain('在本文中，我们介绍了');
    expect(await storedTarget(db, 1)).not.toMatch(/[\u4e00-\u9fff],|,[\u4e00-\u9fff]/);
    expect(screen.getByRole('status')).toHaveTextContent(new RegExp(`Applied ${total} changes in ${changes.length} units`));

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await storedTarget(db)).toContain('在本文中,我们介绍了'));
    expect(await db.revisions.count()).toBe(before + 2 * changes.length); // undo adds, never deletes
    const revs = await db.revisions.toArray();
    expect(revs.filter((r) => r.reason === 'undo')).toHaveLength(changes.length);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Redo' })).toBeEnabled());
  });
});
