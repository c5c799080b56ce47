import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { freshDb } from './helpers/freshDb';
import { findingsRegion, openSeed, storedTarget, targetSentence } from './helpers/reviewHelpers';

const activeCell = () => screen.getByRole('region', { name: 'Target (Chinese)' }).querySelector<HTMLElement>('.cell-active');
const activeFinding = (region: HTMLElement) => within(region).getAllByRole('listitem').find((li) => li.getAttribute('aria-current') === 'true');

describe('Keyboard review (nothing needs the mouse)', () => {
  it('j/k and ↓/↑ move between rows with visible focus; e edits; letters typed in the textbox are not shortcuts', async () => {
    const db = await freshDb();
    await openSeed(db);
    await targetSentence('强化学习(RL)涉及');
    await userEvent.keyboard('j');
    await waitFor(() => expect(activeCell()).toHaveTextContent('这可以将学习代理'));
    await waitFor(() => expect(document.activeElement).toBe(activeCell()));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await waitFor(() => expect(activeCell()).toHaveTextContent('在本文中'));
    await userEvent.keyboard('k');
    await waitFor(() => expect(activeCell()).toHaveTextContent('当前在RL中'));
    await userEvent.keyboard('{ArrowUp}');
    await waitFor(() => expect(activeCell()).toHaveTextContent('这可以将学习代理'));

    await userEvent.keyboard('e');
    const box = await screen.findByRole('textbox', { name: 'Translation' });
    expect(box).toHaveFocus();
    expect((box as HTMLTextAreaElement).value).toBe('这可以将学习代理放在危险且潜在的灾难性系统中。');
    await userEvent.keyboard('jknpacdm?');
    expect((box as HTMLTextAreaElement).value).toBe('这可以将学习代理放在危险且潜在的灾难性系统中。jknpacdm?');
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Translation' })).toBeNull());
    expect(await db.revisions.count()).toBe(0);
  });

  it('↑ then e typed at once: the editor keeps focus when the row-focus frame lands after it opens', async () => {
    const db = await freshDb();
    await openSeed(db);
    await targetSentence('强化学习(RL)涉及');
    await userEvent.keyboard('jj');
    await waitFor(() => expect(activeCell()).toHaveTextContent('当前在RL中'));
    await userEvent.keyboard('{ArrowUp}e');
    const box = await screen.findByRole('textbox', { name: 'Translation' });
    // Let the frame queued by ↑ run (it used to move focus back to the row's cell).
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(box).toHaveFocus();
    expect((box as HTMLTextAreaElement).value).toBe('这可以将学习代理放在危险且潜在的灾难性系统中。');
  });

  it('n/p move between findings; a applies, d dismisses, c confirms; Ctrl+Z undoes and Ctrl+Shift+Z redoes', async () => {
    const db = await freshDb();
    await openSeed(db);
    const region = await findingsRegion();
    await userEvent.keyboard('n');
    await waitFor(() => expect(activeFinding(region)).toHaveTextContent('分配探索安全培训算法'));
    expect(document.activeElement).toBe(activeFinding(region));
    await userEvent.keyboard('n');
    await waitFor(() => expect(activeFinding(region)).not.toHaveTextContent('分配探索安全培训算法'));
    await userEvent.keyboard('p');
    await waitFor(() => expect(activeFinding(region)).toHaveTextContent('分配探索安全培训算法'));

    await userEvent.keyboard('a');
    await waitFor(async () => expect(await storedTarget(db)).toContain('分布式探索安全训练算法'));
    await userEvent.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect(await storedTarget(db)).toContain('分配探索安全培训算法'));
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(async () => expect(await storedTarget(db)).toContain('分布式探索安全训练算法'));
    expect((await db.revisions.toArray()).map((r) => r.reason)).toEqual(['apply', 'undo', 'redo']);

    // d: the dismiss dialog; Enter in its reason box dismisses. (Wait for the re-check of the redone text.)
    await waitFor(() => expect(within(region).getAllByRole('listitem').some((li) => /分配探索安全培训算法/.test(li.textContent ?? ''))).toBe(false));
    await waitFor(() => expect(within(region).getByText(/\d+ major/)).toBeInTheDocument());
    await userEvent.keyboard('n');
    await waitFor(() => expect(activeFinding(region)).toBeDefined());
    const dismissed = activeFinding(region)!.textContent;
    const same = () => within(region).getAllByRole('listitem').filter((li) => li.textContent === dismissed).length;
    const sameBefore = same();
    await userEvent.keyboard('d');
    const dialog = await screen.findByRole('dialog', { name: 'Dismiss finding' });
    expect(within(dialog).getByRole('textbox', { name: 'Reason (optional)' })).toHaveFocus();
    await userEvent.keyboard('误报{Enter}');
    await waitFor(async () => expect((await db.decisions.toArray()).some((d) => d.action === 'dismissed' && d.reason === '误报')).toBe(true));
    await waitFor(() => expect(same()).toBe(sameBefore - 1));

    await userEvent.keyboard('n');
    await waitFor(() => expect(activeFinding(region)).toBeDefined());
    await userEvent.keyboard('c');
    await waitFor(async () => expect(await db.annotations.count()).toBe(1));
  });

  it('? lists the shortcuts; Esc closes the list', async () => {
    const db = await freshDb();
    await openSeed(db);
    await targetSentence('强化学习(RL)涉及');
    await userEvent.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = within(dialog).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(expect.arrayContaining(['n' + 'Next finding', 'd' + 'Dismiss the current finding', 'Ctrl+Z' + 'Undo']));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull());
  });
});
