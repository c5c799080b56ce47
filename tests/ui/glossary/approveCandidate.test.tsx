import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadProjectTermbases } from '../../../src/db/glossary';
import { freshDb } from '../helpers/freshDb';
import { renderApp } from '../helpers/renderApp';
import { CODEBOOK_FILE, projectWith } from './glossaryProject';
import { cachedFindings } from '../helpers/cachedFindings';

async function openGlossary() {
  const nav = await screen.findByRole('navigation', { name: 'Screens' });
  await userEvent.click(within(nav).getByRole('link', { name: 'Glossary' }));
  return screen.findByRole('main', { name: 'Glossary' });
}

describe('Glossary: candidates learned from corrections', () => {
  it('approve a candidate → project termbase → project re-checked → the old rendering is flagged in another unit', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, CODEBOOK_FILE, { u1: '我们学习离散图像标记的码本。', u2: '码本大小控制量化器的速率。' });
    renderApp(db);
    await openGlossary();
    const list = await screen.findByRole('list', { name: 'Candidates' }, { timeout: 15_000 });
    const item = within(list).getByRole('listitem', { name: 'codebook: 代码簿 → 码本' });
    expect(item).toHaveTextContent('2 units');
    const evidence = within(within(item).getByRole('list', { name: 'Evidence' })).getAllByRole('button');
    expect(evidence.map((b) => b.textContent)).toEqual([expect.stringMatching(/^unit u1/), expect.stringMatching(/^unit u2/)]);
    // Before approval nothing in the built-in termbase knows 代码簿.
    expect((await loadProjectTermbases(db, projectId)).termbases).toHaveLength(0);

    await userEvent.click(within(item).getByRole('button', { name: 'Approve' }));
    const status = await screen.findByText(/Re-checked the project/, {}, { timeout: 20_000 });
    expect(status).toHaveTextContent('代码簿 is now flagged in 1 unit');
    // The project's findings cache was refreshed by the re-check.
    const cached = await cachedFindings(db, projectId);
    expect(cached.filter((f) => f.check === 'terminology.forbidden' && f.target?.text === '代码簿')).toHaveLength(1);
    const tb = await loadProjectTermbases(db, projectId);
    expect(tb.termbases[0].concepts[0]).toMatchObject({
      en: [{ text: 'codebook' }],
      zh: [
        { text: '码本', status: 'preferred' },
        { text: '代码簿', status: 'forbidden' },
      ],
      provenance: { origin: 'learned', evidence: ['unit u1', 'unit u2'], author: 'Li Wei' },
    });
    // The queue no longer offers it.
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Candidates' })).toBeNull());

    // The flagged unit opens in the review, where the Findings name 代码簿.
    await userEvent.click(within(status).getByRole('button', { name: /unit u3/ }));
    const findings = await screen.findByRole('region', { name: 'Findings' });
    await waitFor(() => expect(within(findings).getAllByRole('listitem').some((li) => /代码簿/.test(li.textContent ?? '') && /码本/.test(li.textContent ?? ''))).toBe(true), { timeout: 15_000 });
  });

  it('reject removes a candidate from the queue and stores nothing in the termbase', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, CODEBOOK_FILE, { u1: '我们学习离散图像标记的码本。', u2: '码本大小控制量化器的速率。' });
    renderApp(db);
    await openGlossary();
    const list = await screen.findByRole('list', { name: 'Candidates' }, { timeout: 15_000 });
    await userEvent.click(within(within(list).getByRole('listitem', { name: 'codebook: 代码簿 → 码本' })).getByRole('button', { name: 'Reject' }));
    await screen.findByText('Every candidate has been decided.');
    expect((await loadProjectTermbases(db, projectId)).termbases).toHaveLength(0);
  });

  it('a correction that only fixes punctuation yields no candidate', async () => {
    const db = await freshDb();
    await projectWith(db, CODEBOOK_FILE, { u3: '更大的代码簿改善了重建！' });
    renderApp(db);
    await openGlossary();
    expect(await screen.findByText(/No candidates yet/, {}, { timeout: 15_000 })).toBeInTheDocument();
  });
});

describe('Glossary: editing a candidate', () => {
  it('a candidate without English cannot be approved until the reviewer types the English term', async () => {
    const db = await freshDb();
    const projectId = await projectWith(
      db,
      { ...CODEBOOK_FILE, documents: [{ name: 'target only', units: [{ id: 't1', source: '', target: '我们学习离散图像标记的代码簿。' }] }] },
      { t1: '我们学习离散图像标记的码本。' },
    );
    renderApp(db);
    await openGlossary();
    const list = await screen.findByRole('list', { name: 'Candidates' }, { timeout: 15_000 });
    const item = within(list).getByRole('listitem', { name: '(English term missing): 代码簿 → 码本' });
    await userEvent.click(within(item).getByRole('button', { name: 'Approve' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('has no English term yet: enter the English term it renders before approving it');
    expect((await loadProjectTermbases(db, projectId)).termbases).toHaveLength(0);

    await userEvent.click(within(item).getByRole('button', { name: 'Edit' }));
    const form = within(item).getByRole('group', { name: 'Edit candidate' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'English term' }), 'codebook');
    await userEvent.click(within(item).getByRole('button', { name: 'Approve' }));
    await screen.findByText(/Re-checked the project/, {}, { timeout: 20_000 });
    const tb = await loadProjectTermbases(db, projectId);
    expect(tb.termbases[0].concepts[0]).toMatchObject({ en: [{ text: 'codebook' }], zh: [{ text: '码本' }, { text: '代码簿', status: 'forbidden' }] });
  });
});

describe('Glossary: conflicting corrections', () => {
  it('reviewers who chose different renderings for one machine rendering see a conflict on both candidates', async () => {
    const db = await freshDb();
    await projectWith(db, CODEBOOK_FILE, { u1: '我们学习离散图像标记的码本。', u2: '码本大小控制量化器的速率。', u3: '更大的码书改善了重建。' });
    renderApp(db);
    await openGlossary();
    const list = await screen.findByRole('list', { name: 'Candidates' }, { timeout: 15_000 });
    const main = within(list).getByRole('listitem', { name: /代码簿 → 码本$/ });
    const other = within(list).getByRole('listitem', { name: /代码簿 → 码书$/ });
    expect(within(main).getByRole('note')).toHaveTextContent('Conflict: reviewers also chose 码书');
    expect(within(other).getByRole('note')).toHaveTextContent('Conflict: reviewers also chose 码本');
  });
});
