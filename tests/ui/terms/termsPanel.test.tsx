import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../../src/core/model';
import { freshDb } from '../helpers/freshDb';
import { renderApp } from '../helpers/renderApp';
import { projectWith } from '../glossary/glossaryProject';

const UNTRANSLATED: ParsedFile = {
  format: 'tsv',
  fileName: 'gnn.tsv',
  sourceLang: 'en',
  targetLang: 'zh-Hans',
  warnings: [],
  documents: [{ name: 'GNN', units: [{ id: '1', source: 'We train a graph neural network with reinforcement learning.', target: '' }] }],
};

describe('Terms panel in review', () => {
  it('lists the source terms with their approved Chinese and inserts one at the cursor while writing the missing translation', async () => {
    const db = await freshDb();
    await projectWith(db, UNTRANSLATED);
    renderApp(db);
    const panel = await screen.findByRole('region', { name: 'Terms' }, { timeout: 15_000 });
    const list = await within(panel).findByRole('list', { name: 'Terms in the source' }, { timeout: 15_000 });
    expect(list).toHaveTextContent('graph neural network → 图神经网络');
    expect(list).toHaveTextContent('reinforcement learning → 强化学习');
    expect(within(panel).queryByRole('button')).toBeNull(); // nothing to insert into yet

    await userEvent.click(screen.getByRole('button', { name: 'Add translation' }));
    const box = await screen.findByRole('textbox', { name: 'Translation' });
    await userEvent.type(box, '我们用训练');
    await userEvent.click(within(panel).getByRole('button', { name: 'Insert reinforcement learning → 强化学习' }));
    await waitFor(() => expect(box).toHaveValue('我们用训练强化学习'));
    // The cursor moves after the insertion; then place it after 我们用 and insert the other term there.
    await waitFor(() => expect(box).toHaveFocus()); // focus returns to the textbox, cursor after 强化学习
    expect((box as HTMLTextAreaElement).selectionStart).toBe(9);
    (box as HTMLTextAreaElement).setSelectionRange(3, 3);
    await userEvent.click(within(panel).getByRole('button', { name: 'Insert graph neural network → 图神经网络' }));
    await waitFor(() => expect(box).toHaveValue('我们用图神经网络训练强化学习'));
  });
});
