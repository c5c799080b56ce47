import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { freshDb } from './helpers/freshDb';
import { openSeed, targetSentence } from './helpers/reviewHelpers';

/** Selects `text` inside `p` as a mouse would (one text run). */
function select(p: HTMLElement, text: string): void {
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n.textContent ?? '').indexOf(text);
    if (at >= 0 && !n.parentElement?.closest('.row-no')) {
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + text.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return;
    }
  }
  throw new Error(`"${text}" is not one text run of the sentence`);
}

const annotationsRegion = () => screen.getByRole('region', { name: 'Annotations' });

describe('Mark error (MQM annotation)', () => {
  it('create from a selection, edit its severity and note, delete it; the score follows; undo restores it', async () => {
    const db = await freshDb();
    await openSeed(db);
    const p = await targetSentence('从理论上讲');
    select(p, '预验证');
    await userEvent.click(screen.getByRole('button', { name: 'Mark error' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark error' });
    expect(dialog).toHaveTextContent('Target: 预验证Category');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Category' }), 'Terminology');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Critical' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Note/ }), 'pretrained 应为“预训练”');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark error' }));

    await waitFor(() => expect(within(annotationsRegion()).getAllByRole('listitem')).toHaveLength(1));
    const [stored] = await db.annotations.toArray();
    const unitText = (await db.units.get(stored.unitId))!.target;
    expect(unitText.slice(stored.start, stored.end)).toBe('预验证'); // offsets into the unit's text
    expect(stored).toMatchObject({ side: 'target', category: 'Terminology', severity: 'critical', author: '李雷' });
    // Marked in the text, and a Critical error fails the document.
    await waitFor(() => expect([...p.ownerDocument.querySelectorAll('mark')].some((m) => m.textContent === '预验证')).toBe(true));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Scores' })).toHaveTextContent(/Document MQM.*fail.*APT 25/));

    // Edit: Critical → Minor.
    await userEvent.click(within(annotationsRegion()).getByRole('button', { name: /^Edit/ }));
    const edit = await screen.findByRole('dialog', { name: 'Edit annotation' });
    await userEvent.click(within(edit).getByRole('radio', { name: 'Minor' }));
    await userEvent.click(within(edit).getByRole('button', { name: 'Save annotation' }));
    await waitFor(() => expect(within(annotationsRegion()).getByRole('listitem')).toHaveTextContent(/Minor/));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Scores' })).toHaveTextContent(/Document MQM.*pass.*APT 1\b/));

    // Delete, then undo brings it back (nothing is ever removed from the database).
    await userEvent.click(within(annotationsRegion()).getByRole('button', { name: /^Delete/ }));
    await waitFor(() => expect(within(annotationsRegion()).queryAllByRole('listitem')).toHaveLength(0));
    expect(await db.annotations.count()).toBe(1);
    expect((await db.annotations.toArray())[0].deleted).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(within(annotationsRegion()).getAllByRole('listitem')).toHaveLength(1));
    expect(within(annotationsRegion()).getByRole('listitem')).toHaveTextContent(/Minor/);
  });

  it('"Other" needs a note; an omission must be marked on the source side', async () => {
    const db = await freshDb();
    await openSeed(db);
    select(await targetSentence('从理论上讲'), '从理论上讲');
    await userEvent.click(screen.getByRole('button', { name: 'Mark error' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark error' });
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Category' }), 'Other');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark error' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/“Other” needs a note/);
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Category' }), 'Accuracy/Omission');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark error' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/Omissions are marked on the source side/);
    expect(await db.annotations.count()).toBe(0);
  });

  it('with nothing selected, "m" marks the current row (keyboard only)', async () => {
    const db = await freshDb();
    await openSeed(db);
    await targetSentence('强化学习(RL)涉及');
    await userEvent.keyboard('j');
    await userEvent.keyboard('m');
    const dialog = await screen.findByRole('dialog', { name: 'Mark error' });
    expect(dialog).toHaveTextContent('这可以将学习代理放在危险且潜在的灾难性系统中。');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Mark error' })).toBeNull());
  });
});
