// The review checks with the project's stored termbase by reference: the check engine reads
// and compiles the entries itself (the main thread sends the project and the termbase stamp),
// so an edited entry changes the findings, and the entries are compiled again only when the
// stamp changes.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Concept } from '../../../src/core/glossary';
import { loadTermbaseStamp, saveTerm } from '../../../src/db/glossary';
import { checkOffThread } from '../../../src/ui/review/checkOffThread';
import { freshDb } from '../helpers/freshDb';
import { renderApp } from '../helpers/renderApp';
import { CODEBOOK_FILE, projectWith } from '../glossary/glossaryProject';

const codebook = (preferred: string): Concept => ({
  id: 'p.codebook',
  en: [{ text: 'codebook' }],
  zh: [
    { text: preferred, status: 'preferred' },
    { text: '代码簿', status: 'forbidden' },
  ],
});

const texts = (region: HTMLElement) => within(region).queryAllByRole('listitem').map((li) => li.textContent ?? '');

describe('Review: the project termbase is read by the check engine itself', () => {
  it('a project entry flags its forbidden rendering; editing the entry changes the finding', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, CODEBOOK_FILE);
    const entry = await saveTerm(db, projectId, codebook('码本'));
    renderApp(db);
    const region = await screen.findByRole('region', { name: 'Findings' });
    // u1 of "VQ tokenizer": 代码簿 for codebook, with the project's 码本 as the fix.
    await waitFor(() => expect(texts(region).some((t) => t.includes('代码簿') && t.includes('码本'))).toBe(true), { timeout: 15_000 });

    // The reviewer changes the preferred rendering: the open document is checked again with it.
    await saveTerm(db, projectId, codebook('码书'), { termId: entry.id });
    await waitFor(() => expect(texts(region).some((t) => t.includes('代码簿') && t.includes('码书'))).toBe(true), { timeout: 15_000 });
    expect(texts(region).some((t) => t.includes('码本'))).toBe(false);
  });

  it('checkOffThread with stored termbases: compiled once per stamp, read again when the stamp changes', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, CODEBOOK_FILE);
    const unit = { id: '1', source: 'We learn a codebook of discrete image tokens.', target: '我们学习离散图像标记的代码簿。' };
    const forbidden = (fs: { check: string; target?: { text: string }; suggestion?: string }[]) =>
      fs.filter((f) => f.check === 'terminology.forbidden' && f.target?.text === '代码簿').map((f) => f.suggestion);

    // No project termbase yet: the built-in one does not know 代码簿.
    expect(forbidden(await checkOffThread([unit], { db, projectId, key: await loadTermbaseStamp(db, projectId) }))).toEqual([]);

    const entry = await saveTerm(db, projectId, codebook('码本'));
    const first = `${projectId}|${await loadTermbaseStamp(db, projectId)}`;
    expect(forbidden(await checkOffThread([unit], { db, projectId, key: first }))).toEqual(['码本']);

    // Edited, but asked with the old stamp: the compiled termbase is kept (not read again).
    await saveTerm(db, projectId, codebook('码书'), { termId: entry.id });
    expect(forbidden(await checkOffThread([unit], { db, projectId, key: first }))).toEqual(['码本']);
    // With the new stamp the engine reads the edited entry.
    const second = `${projectId}|${await loadTermbaseStamp(db, projectId)}`;
    expect(second).not.toBe(first);
    expect(forbidden(await checkOffThread([unit], { db, projectId, key: second }))).toEqual(['码书']);
  });
});
