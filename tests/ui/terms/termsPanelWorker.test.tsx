// The Terms panel asks the glossary worker (in-process under jsdom): "Compiling termbase…"
// until it answers, then the source's terms; a project entry saved while the panel is open
// is compiled and shown, and an entry for a word that is not in the source is not.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../../src/core/model';
import { saveTerm } from '../../../src/db/glossary';
import { freshDb } from '../helpers/freshDb';
import { renderApp } from '../helpers/renderApp';
import { projectWith } from '../glossary/glossaryProject';

const VQ: ParsedFile = {
  format: 'tsv',
  fileName: 'vq.tsv',
  sourceLang: 'en',
  targetLang: 'zh-Hans',
  warnings: [],
  documents: [{ name: 'VQ', units: [{ id: '1', source: 'We learn a codebook with reinforcement learning.', target: '' }] }],
};

describe('Terms panel through the glossary worker', () => {
  it('"Compiling termbase…", then the terms; a new project entry for "codebook" appears, one for "tokenizer" does not', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, VQ);
    renderApp(db);
    const panel = await screen.findByRole('region', { name: 'Terms' }, { timeout: 15_000 });
    expect(within(panel).getByRole('status')).toHaveTextContent(/Compiling termbase…|Looking up terms…/);
    const list = await within(panel).findByRole('list', { name: 'Terms in the source' }, { timeout: 15_000 });
    expect(list).toHaveTextContent('reinforcement learning → 强化学习');
    expect(list).not.toHaveTextContent('codebook');

    await saveTerm(db, projectId, { id: 'user.codebook', en: [{ text: 'codebook' }], zh: [{ text: '码本', status: 'preferred' }, { text: '代码簿', status: 'forbidden' }] });
    await saveTerm(db, projectId, { id: 'user.tokenizer', en: [{ text: 'tokenizer' }], zh: [{ text: '分词器', status: 'preferred' }] });
    await waitFor(() => expect(within(panel).getByRole('list', { name: 'Terms in the source' })).toHaveTextContent('codebook → 码本'), { timeout: 15_000 });
    const items = within(within(panel).getByRole('list', { name: 'Terms in the source' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([expect.stringMatching(/^codebook → 码本/), expect.stringMatching(/^reinforcement learning → 强化学习/)]);
    expect(within(panel).queryByText(/分词器/)).toBeNull();
  });
});
