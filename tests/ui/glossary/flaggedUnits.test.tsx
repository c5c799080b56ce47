// After "Approve", the units where the machine rendering is now flagged come from the stored
// findings (read by the glossary worker) and are listed virtualized: 598 flagged units keep a
// window of buttons in the page, each opening its unit.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../../src/core/model';
import { freshDb } from '../helpers/freshDb';
import { renderApp } from '../helpers/renderApp';
import { projectWith } from './glossaryProject';

/** 600 one-unit abstracts; each MT renders "codebook" as 代码簿. */
function codebookAbstracts(n: number): ParsedFile {
  return {
    format: 'tsv',
    fileName: 'vq-600.tsv',
    sourceLang: 'en',
    targetLang: 'zh-Hans',
    warnings: [],
    documents: Array.from({ length: n }, (_, i) => ({
      name: `VQ abstract ${i + 1}`,
      units: [
        i % 2 === 0
          ? { id: `v${i + 1}`, source: `We learn a codebook of ${i + 2} discrete tokens.`, target: `我们学习了${i + 2}个离散标记的代码簿。` }
          : { id: `v${i + 1}`, source: `The codebook size controls the rate of quantizer ${i + 2}.`, target: `代码簿大小控制第${i + 2}个量化器的速率。` },
      ],
    })),
  };
}

describe('Glossary: units flagged after Approve', () => {
  it('598 flagged units: the count, a bounded list of buttons with the real size, and a button opens its unit', async () => {
    const db = await freshDb();
    await projectWith(db, codebookAbstracts(600), { v1: '我们学习了2个离散标记的码本。', v2: '码本大小控制第3个量化器的速率。' });
    renderApp(db);
    const nav = await screen.findByRole('navigation', { name: 'Screens' });
    await userEvent.click(within(nav).getByRole('link', { name: 'Glossary' }));
    const list = await screen.findByRole('list', { name: 'Candidates' }, { timeout: 20_000 });
    const item = within(list).getByRole('listitem', { name: 'codebook: 代码簿 → 码本' });
    await userEvent.click(within(item).getByRole('button', { name: 'Approve' }));
    const status = await screen.findByText(/Re-checked the project/, {}, { timeout: 60_000 });
    expect(status).toHaveTextContent('代码簿 is now flagged in 598 units');

    const flagged = within(status).getByRole('list', { name: 'Units now flagged' });
    const items = within(flagged).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(3);
    expect(items.length).toBeLessThan(60);
    expect(items[0]).toHaveAttribute('aria-setsize', '598');
    expect(items[0]).toHaveTextContent(/^unit v3 · VQ abstract 3$/);
    // The corrected units are not flagged.
    expect(within(flagged).queryByRole('button', { name: /^unit v[12] / })).toBeNull();

    await userEvent.click(within(flagged).getByRole('button', { name: 'unit v4 · VQ abstract 4' }));
    const findings = await screen.findByRole('region', { name: 'Findings' });
    await waitFor(() => expect(within(findings).getAllByRole('listitem').some((li) => /代码簿/.test(li.textContent ?? ''))).toBe(true), { timeout: 20_000 });
    expect(screen.getByRole('heading', { level: 2, name: /VQ abstract 4|The codebook size/ })).toBeInTheDocument();
  });
});
