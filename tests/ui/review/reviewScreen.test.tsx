import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../helpers/freshDb';
import { findDocumentEntries, renderApp } from '../helpers/renderApp';

const DESTA_EN =
  'Reinforcement learning (RL) involves performing exploratory actions in an unknown system. ' +
  'This can place a learning agent in dangerous and potentially catastrophic system states. ' +
  'Current approaches for tackling safe learning in RL simultaneously trade-off safe exploration and task fulfillment.';

async function openDesta() {
  const entries = await findDocumentEntries(10);
  const desta = entries.find((e) => /强化学习/.test(e.textContent ?? ''))!;
  await userEvent.click(desta);
  await waitFor(() => expect(desta).toHaveAttribute('aria-current', 'true'));
  return {
    source: await screen.findByRole('region', { name: 'Source (English)' }),
    target: await screen.findByRole('region', { name: 'Target (Chinese)' }),
  };
}

describe('review screen', () => {
  it('the DESTA block shows its Chinese in "Target (Chinese)" and "Add source" in an empty "Source (English)"', async () => {
    const db = await freshDb();
    renderApp(db);
    const { source, target } = await openDesta();
    expect(await within(target).findByText(/分配探索安全培训算法/)).toBeInTheDocument();
    expect(within(target).getAllByText(/。|DESTA/).length).toBeGreaterThan(1);
    for (const cell of target.querySelectorAll('.sentence')) expect(cell).toHaveAttribute('lang', 'zh-Hans');
    expect(await within(source).findByRole('button', { name: 'Add source' })).toBeInTheDocument();
    expect(source.querySelectorAll('.sentence')).toHaveLength(0);
    expect(within(target).queryByRole('button', { name: 'Add translation' })).toBeNull();
  });

  it('an English block offers "Add translation" in the empty target', async () => {
    const db = await freshDb();
    renderApp(db);
    const entries = await findDocumentEntries(10);
    await userEvent.click(entries[3]);
    const source = await screen.findByRole('region', { name: 'Source (English)' });
    const target = screen.getByRole('region', { name: 'Target (Chinese)' });
    expect(await within(source).findByText(/Cross Modal Transformer/)).toBeInTheDocument();
    for (const cell of source.querySelectorAll('.sentence')) expect(cell).toHaveAttribute('lang', 'en');
    await userEvent.click(await within(target).findByRole('button', { name: 'Add translation' }));
    const box = screen.getByRole('textbox', { name: 'Translation' });
    expect(box).toHaveFocus();
    await userEvent.type(box, '本文提出了一种鲁棒的三维检测器，称为跨模态Transformer（CMT）。');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(await within(target).findByText(/跨模态Transformer（CMT）/)).toBeInTheDocument();
    await waitFor(() => expect(entries[3]).toHaveTextContent('machine translated'));
  });

  it('an added translation is one step on the undo stack: Undo takes it out, Redo puts it back', async () => {
    const db = await freshDb();
    await db.settings.put({ key: 'reviewerName', value: '李雷' }); // Undo asks for it otherwise
    renderApp(db);
    const entries = await findDocumentEntries(10);
    await userEvent.click(entries[3]);
    const target = await screen.findByRole('region', { name: 'Target (Chinese)' });
    await userEvent.click(await within(target).findByRole('button', { name: 'Add translation' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Translation' }), '本文提出了跨模态Transformer（CMT）。');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(await within(target).findByText(/跨模态Transformer（CMT）/)).toBeInTheDocument();
    await waitFor(() => expect(entries[3]).toHaveTextContent('machine translated'));

    const undo = screen.getByRole('button', { name: /^Undo/ });
    await waitFor(() => expect(undo).toBeEnabled());
    await userEvent.click(undo);
    expect(await within(target).findByRole('button', { name: 'Add translation' })).toBeInTheDocument();
    expect(within(target).queryByText(/跨模态Transformer（CMT）/)).toBeNull();
    await waitFor(() => expect(entries[3]).toHaveTextContent('translation missing'));

    await userEvent.click(screen.getByRole('button', { name: /^Redo/ }));
    expect(await within(target).findByText(/跨模态Transformer（CMT）/)).toBeInTheDocument();
    await waitFor(() => expect(entries[3]).toHaveTextContent('machine translated'));
    const texts = (await db.revisions.toArray()).filter((r) => r.side === 'target').map((r) => r.text);
    expect(texts).toEqual(['本文提出了跨模态Transformer（CMT）。', '', '本文提出了跨模态Transformer（CMT）。']);
  });

  it('Add source → type English → Save: the pair is re-aligned sentence by sentence', async () => {
    const db = await freshDb();
    renderApp(db);
    const { source, target } = await openDesta();
    await userEvent.click(await within(source).findByRole('button', { name: 'Add source' }));
    const box = screen.getByRole('textbox', { name: 'Source text' });
    expect(box).toHaveFocus();
    await userEvent.click(box);
    await userEvent.paste(DESTA_EN);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await within(source).findByText(/^This can place a learning agent/)).toBeInTheDocument();
    // The editor closes once the rows show the saved revision (an effect after that render).
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Source text' })).toBeNull());
    // Each English sentence sits in its own row; the first row pairs with the first Chinese sentence.
    const srcCells = [...source.querySelectorAll('.cell')];
    const tgtCells = [...target.querySelectorAll('.cell')];
    expect(srcCells.length).toBe(tgtCells.length);
    expect(srcCells[0]).toHaveTextContent(/Reinforcement learning \(RL\) involves/);
    expect(tgtCells[0]).toHaveTextContent(/强化学习\(RL\)涉及在未知系统中执行探索性动作。/);
    expect(srcCells[1]).toHaveTextContent(/This can place a learning agent/);
    expect(tgtCells[1]).toHaveTextContent(/这可以将学习代理放在危险且潜在的灾难性系统中。/);
    expect(srcCells[2]).toHaveTextContent(/Current approaches for tackling safe learning/);
    expect(tgtCells[2]).toHaveTextContent(/当前在RL中解决安全学习的方法/);
    // Chinese sentences without an English counterpart yet stay in rows of their own.
    expect(tgtCells[3]).toHaveTextContent(/在本文中/);
    expect(srcCells[3]).toHaveTextContent(/^$/);
    expect(within(source).getByText(/^Current approaches for tackling safe learning/)).toBeInTheDocument();
    const sentences = source.querySelectorAll('.sentence');
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
    // The document's status follows.
    const entries = await findDocumentEntries(10);
    await waitFor(() => expect(entries[0]).toHaveTextContent('machine translated'));
    const revs = await db.revisions.toArray();
    expect(revs).toHaveLength(1);
    expect(revs[0]).toMatchObject({ side: 'source', text: DESTA_EN, parentId: null });
  });

  it('Cancel (and Esc) discard the text; nothing is stored', async () => {
    const db = await freshDb();
    renderApp(db);
    const { source } = await openDesta();
    await userEvent.click(await within(source).findByRole('button', { name: 'Add source' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Source text' }), 'Draft that is thrown away.');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('textbox', { name: 'Source text' })).toBeNull();
    await userEvent.click(await within(source).findByRole('button', { name: 'Add source' }));
    expect(screen.getByRole('textbox', { name: 'Source text' })).toHaveValue('');
    await userEvent.type(screen.getByRole('textbox', { name: 'Source text' }), 'Another draft.');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Source text' })).toBeNull();
    expect(within(source).queryByText(/draft/i)).toBeNull();
    expect(await db.revisions.count()).toBe(0);
  });

  it('saving empty text shows a message and stores nothing', async () => {
    const db = await freshDb();
    renderApp(db);
    const { source } = await openDesta();
    await userEvent.click(await within(source).findByRole('button', { name: 'Add source' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Source text' }), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/source text is empty/i);
    expect(screen.getByRole('textbox', { name: 'Source text' })).toHaveAttribute('aria-invalid', 'true');
    expect(await db.revisions.count()).toBe(0);
  });

  it('↓ in the document list opens the next document', async () => {
    const db = await freshDb();
    renderApp(db);
    const entries = await findDocumentEntries(10);
    await waitFor(() => expect(entries[0]).toHaveAttribute('aria-current', 'true'));
    entries[0].focus();
    await userEvent.keyboard('{ArrowDown}');
    const next = await findDocumentEntries(10);
    await waitFor(() => expect(next[1]).toHaveAttribute('aria-current', 'true'));
    expect(await within(screen.getByRole('region', { name: 'Target (Chinese)' })).findByText(/图形神经网络/)).toBeInTheDocument();
  });
});
