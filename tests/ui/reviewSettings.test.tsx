import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { freshDb } from './helpers/freshDb';
import { editButtonOf, findingsRegion, openSeed, targetSentence } from './helpers/reviewHelpers';

describe('Settings and live re-check', () => {
  it('Settings: the reviewer name and a severity weight are stored (bad numbers refused) and the score follows', async () => {
    const db = await freshDb();
    await openSeed(db);
    const region = await findingsRegion();
    const item = within(region)
      .getAllByRole('listitem')
      .find((li) => /汇合/.test(li.textContent ?? ''))!;
    await userEvent.click(within(item).getByRole('button', { name: 'Confirm' }));
    const scores = screen.getByRole('group', { name: 'Scores' });
    await waitFor(() => expect(scores).toHaveTextContent(/Document MQM.*APT 5/));

    await userEvent.click(screen.getByRole('button', { name: 'Workspace' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Settings' });
    expect(within(dialog).getByRole('textbox', { name: 'Reviewer name' })).toHaveValue('李雷');
    await userEvent.clear(within(dialog).getByRole('textbox', { name: 'Reviewer name' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Reviewer name' }), '王芳');
    await userEvent.clear(within(dialog).getByRole('textbox', { name: 'Major weight' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Major weight' }), '十');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Major weight must be a number of 0 or more. Nothing was saved.');
    await userEvent.clear(within(dialog).getByRole('textbox', { name: 'Major weight' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Major weight' }), '10');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Settings' })).toBeNull());
    await waitFor(() => expect(scores).toHaveTextContent(/Document MQM.*APT 10\b/));
    expect(await db.settings.get('reviewerName')).toEqual({ key: 'reviewerName', value: '王芳' });
  });

  it('while typing in "Edit translation", the unit is re-checked (debounced) before anything is saved', async () => {
    const db = await freshDb();
    await openSeed(db);
    const region = await findingsRegion();
    const count = () => within(region).queryAllByRole('listitem').filter((li) => /汇合/.test(li.textContent ?? '')).length;
    expect(count()).toBe(1);
    await userEvent.click(await editButtonOf('从理论上讲'));
    const box = screen.getByRole('textbox', { name: 'Translation' }) as HTMLTextAreaElement;
    await userEvent.clear(box);
    await userEvent.paste('从理论上讲，我们证明DESTA会收敛到稳定点。');
    await waitFor(() => expect(count()).toBe(0));
    await userEvent.type(box, '两个智能体不会汇合。');
    await waitFor(() => expect(count()).toBe(1));
    expect(await db.revisions.count()).toBe(0); // nothing stored while typing
    await userEvent.keyboard('{Escape}');
    await targetSentence('汇合到稳定的点');
  });
});
