import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { freshDb } from './helpers/freshDb';
import { editButtonOf, openSeed, storedTarget, targetSentence } from './helpers/reviewHelpers';

const OLD = '在本文中,我们介绍了新一代的RL求解器';

describe('Edit translation', () => {
  it('edit → save twice → History lists both revisions with their diffs; Restore brings an old one back as a new revision', async () => {
    const db = await freshDb();
    await openSeed(db);
    await userEvent.click(await editButtonOf(OLD));
    const box = screen.getByRole('textbox', { name: 'Translation' });
    expect((box as HTMLTextAreaElement).value).toMatch(/^在本文中,我们介绍了新一代的RL求解器/);
    await userEvent.clear(box);
    await userEvent.paste('在本文中，我们介绍了新一代的强化学习求解器，它们学会最大限度地减少违反安全的行为。');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(async () => expect(await storedTarget(db)).toContain('新一代的强化学习求解器，它们学会'));
    await targetSentence('新一代的强化学习求解器，它们学会');
    // The rest of the unit is untouched.
    expect(await storedTarget(db)).toMatch(/^强化学习\(RL\)涉及在未知系统中执行探索性动作。/);
    expect(screen.queryByRole('textbox', { name: 'Translation' })).toBeNull();

    // A diff against the machine translation is shown, with text alternatives.
    await userEvent.click(await screen.findByRole('button', { name: 'Show changes' }));
    expect(screen.getByRole('button', { name: 'Hide changes' })).toHaveAttribute('aria-expanded', 'true');
    const diff = await screen.findByLabelText('Changes against the machine translation', { selector: 'p' });
    expect(diff.querySelector('ins')).toHaveTextContent(/inserted:/);
    expect(diff.querySelector('del')).toHaveTextContent(/deleted:/);

    // Second edit, of the whole unit.
    await userEvent.click(await screen.findByRole('button', { name: 'Edit whole translation' }));
    const whole = screen.getByRole('textbox', { name: 'Translation' }) as HTMLTextAreaElement;
    const text = whole.value.replace('汇合到稳定的点', '收敛到稳定点');
    await userEvent.clear(whole);
    await userEvent.paste(text);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await storedTarget(db)).toContain('收敛到稳定点'));
    await targetSentence('收敛到稳定点');

    await userEvent.click(await screen.findByRole('button', { name: 'History' }));
    const dialog = await screen.findByRole('dialog', { name: 'History' });
    const revisions = within(await within(dialog).findByRole('list', { name: 'Revisions' })).getAllByRole('listitem');
    expect(revisions).toHaveLength(2);
    expect(revisions[0]).toHaveTextContent(/Revision 2.*current.*李雷/);
    const ins = [...revisions[0].querySelectorAll('ins')].map((e) => e.textContent).join('');
    const del = [...revisions[0].querySelectorAll('del')].map((e) => e.textContent).join('');
    expect(ins).toContain('收敛');
    expect(del).toContain('汇合');
    expect(revisions[1]).toHaveTextContent(/Revision 1.*李雷.*edited/);
    expect(within(dialog).getByRole('region', { name: 'Machine translation' })).toHaveTextContent('汇合到稳定的点');

    await userEvent.click(within(revisions[1]).getByRole('button', { name: /Restore/ }));
    await waitFor(async () => expect(await storedTarget(db)).toContain('汇合到稳定的点'));
    await waitFor(() => expect(within(within(dialog).getByRole('list', { name: 'Revisions' })).getAllByRole('listitem')).toHaveLength(3));
    expect(await db.revisions.count()).toBe(3); // nothing replaced, one more appended
  });

  it('Esc cancels without storing; emptying a sentence asks first and Cancel keeps it', async () => {
    const db = await freshDb();
    await openSeed(db);
    await userEvent.click(await editButtonOf(OLD));
    await userEvent.type(screen.getByRole('textbox', { name: 'Translation' }), '多余');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Translation' })).toBeNull();
    expect(await db.revisions.count()).toBe(0);

    await userEvent.click(await editButtonOf(OLD));
    await userEvent.clear(screen.getByRole('textbox', { name: 'Translation' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const ask = await screen.findByRole('alertdialog', { name: 'Empty this translation?' });
    expect(ask).toHaveTextContent(/removes the sentence/);
    await userEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(await db.revisions.count()).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Save anyway' }));
    await waitFor(async () => expect(await storedTarget(db)).not.toContain('新一代的RL求解器'));
    expect(await storedTarget(db)).toContain('我们的方法引入了一个新型的两人框架');
  });

  it('asks the reviewer name once, and stores it with the revision', async () => {
    const db = await freshDb();
    await openSeed(db, null);
    await userEvent.click(await editButtonOf(OLD));
    await userEvent.type(screen.getByRole('textbox', { name: 'Translation' }), '。');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const ask = await screen.findByRole('dialog', { name: 'Who is reviewing?' });
    await userEvent.type(within(ask).getByRole('textbox', { name: 'Reviewer name' }), '韩梅梅');
    await userEvent.click(within(ask).getByRole('button', { name: 'Continue' }));
    await waitFor(async () => expect(await db.revisions.count()).toBe(1));
    expect((await db.revisions.toArray())[0].author).toBe('韩梅梅');
    await targetSentence('的范围内最大化任务奖励。。'); // the rows show the saved text
    // Second save: not asked again.
    await userEvent.click(await editButtonOf('我们的方法'));
    await userEvent.type(screen.getByRole('textbox', { name: 'Translation' }), '。');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.revisions.count()).toBe(2));
    expect(screen.queryByRole('dialog', { name: 'Who is reviewing?' })).toBeNull();
  });
});
