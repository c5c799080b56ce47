import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadProjectTermbases, saveTerm, type TermEntry } from '../../../src/db/glossary';
import { freshDb } from '../helpers/freshDb';
import { renderApp } from '../helpers/renderApp';
import { CODEBOOK_FILE, projectWith } from './glossaryProject';

async function openGlossary() {
  const nav = await screen.findByRole('navigation', { name: 'Screens' });
  await userEvent.click(within(nav).getByRole('link', { name: 'Glossary' }));
  return screen.findByRole('main', { name: 'Glossary' });
}

async function fillEntry(form: HTMLElement, fields: Record<string, string>) {
  for (const [name, value] of Object.entries(fields)) {
    const box = within(form).getByRole('textbox', { name });
    await userEvent.clear(box);
    if (value) await userEvent.type(box, value);
  }
}

describe('Glossary entries', () => {
  it('a term made only of punctuation is refused with a message and nothing is stored', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, CODEBOOK_FILE);
    renderApp(db);
    const main = await openGlossary();
    await userEvent.click(within(main).getByRole('button', { name: 'Add entry' }));
    const form = screen.getByRole('form', { name: 'New entry' });
    await fillEntry(form, { 'English term': '——', 'Approved Chinese': '码本' });
    await userEvent.click(within(form).getByRole('button', { name: 'Save entry' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('"——" is only punctuation or spaces and cannot be a term');
    // A Chinese rendering made of full-width punctuation is refused too.
    await fillEntry(form, { 'English term': 'codebook', 'Approved Chinese': '。。' });
    await userEvent.click(within(form).getByRole('button', { name: 'Save entry' }));
    await waitFor(() => expect(within(form).getByRole('alert')).toHaveTextContent('"。。" is only punctuation or spaces and cannot be a rendering'));
    expect(await db.terms.count()).toBe(0);
    expect((await loadProjectTermbases(db, projectId)).termbases).toEqual([]);
  });

  it('add, search, edit and delete a project entry; editing a built-in entry saves a project override', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, CODEBOOK_FILE);
    renderApp(db);
    const main = await openGlossary();
    await userEvent.click(within(main).getByRole('button', { name: 'Add entry' }));
    const form = screen.getByRole('form', { name: 'New entry' });
    await fillEntry(form, { 'English term': 'codebook', 'Approved Chinese': '码本', 'Forbidden Chinese': '代码簿，密码本' });
    await userEvent.click(within(form).getByRole('button', { name: 'Save entry' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New entry' })).toBeNull());

    await userEvent.type(within(main).getByRole('searchbox', { name: 'Search terms' }), '代码簿');
    const table = await screen.findByRole('table', { name: 'Termbase entries' }, { timeout: 15_000 });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('codebook');
    expect(row).toHaveTextContent('码本');
    expect(row).toHaveTextContent('代码簿、密码本');
    expect(row).toHaveTextContent('project');

    await userEvent.click(within(row).getByRole('button', { name: 'Edit codebook' }));
    const edit = screen.getByRole('form', { name: 'Edit “codebook”' });
    await fillEntry(edit, { 'Approved Chinese': '码本，码书' });
    await userEvent.click(within(edit).getByRole('button', { name: 'Save entry' }));
    await waitFor(async () => {
      const [t] = (await db.terms.toArray()) as TermEntry[];
      expect(t.concept.zh.map((z) => `${z.text}:${z.status}`)).toEqual(['码本:preferred', '码书:admitted', '代码簿:forbidden', '密码本:forbidden']);
    });

    // Built-in entries are read-only: "Override" stores a project copy that wins.
    const search = within(main).getByRole('searchbox', { name: 'Search terms' });
    await userEvent.clear(search);
    await userEvent.type(search, '培训');
    await waitFor(() => expect(within(table).getByRole('button', { name: 'Override training' })).toBeInTheDocument());
    expect(within(table).queryByRole('button', { name: 'Delete training' })).toBeNull();
    await userEvent.click(within(table).getByRole('button', { name: 'Override training' }));
    const over = screen.getByRole('form', { name: 'Override the built-in entry “training”' });
    await fillEntry(over, { 'Approved Chinese': '训练，培训' , 'Forbidden Chinese': '' });
    await userEvent.click(within(over).getByRole('button', { name: 'Save entry' }));
    await waitFor(async () => expect(await db.terms.count()).toBe(2));
    const stored = (await db.terms.toArray()) as TermEntry[];
    expect(stored[1]).toMatchObject({ overrides: 'dl.training', conceptId: 'dl.training' });
    const tb = await loadProjectTermbases(db, projectId);
    expect(tb.termbases[0].priority).toBeGreaterThan(0);

    await userEvent.clear(search);
    await userEvent.type(search, 'codebook');
    await userEvent.click(await within(table).findByRole('button', { name: 'Delete codebook' }));
    await waitFor(async () => expect(await db.terms.count()).toBe(1));
  });

  it('importing a termbase that contradicts an existing entry asks how to merge; "Keep existing" skips it', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, CODEBOOK_FILE);
    renderApp(db);
    const main = await openGlossary();
    const csv = 'en,zh,status\r\ntraining,培训,preferred\r\ncodebook,码本,preferred\r\n';
    await userEvent.upload(within(main).getByLabelText(/Termbase file/), new File([csv], 'team-terms.csv', { type: 'text/csv' }));
    const dialog = await screen.findByRole('dialog', { name: 'Merge team-terms.csv?' });
    expect(dialog).toHaveTextContent('1 new entry; 0 duplicate existing entries; 1 contradicts one.');
    expect(dialog).toHaveTextContent('training: 培训 here, 训练 in');
    await userEvent.click(within(dialog).getByRole('radio', { name: /Keep existing/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/Imported 1 entry from team-terms.csv, 1 kept as they were/)).toBeInTheDocument();
    const tb = await loadProjectTermbases(db, projectId);
    expect(tb.termbases.flatMap((t) => t.concepts.map((c) => c.en[0].text))).toEqual(['codebook']);
  });

  it('"Replace" removes the clashing project entry; a duplicate is reported as such', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, CODEBOOK_FILE);
    await saveTerm(db, projectId, { id: 'user.codebook', en: [{ text: 'codebook' }], zh: [{ text: '码书', status: 'preferred' }] });
    renderApp(db);
    const main = await openGlossary();
    const tsv = 'english\tchinese\ncodebooks\t码本\nquantizer\t量化器\n';
    await userEvent.upload(within(main).getByLabelText(/Termbase file/), new File([tsv], 'vq.tsv'));
    const dialog = await screen.findByRole('dialog', { name: 'Merge vq.tsv?' });
    expect(dialog).toHaveTextContent('contradicts one');
    await userEvent.click(within(dialog).getByRole('radio', { name: /Replace/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/Imported 2 entries from vq.tsv, 1 replaced/)).toBeInTheDocument();
    const tb = await loadProjectTermbases(db, projectId);
    expect(tb.termbases.flatMap((t) => t.concepts.flatMap((c) => c.zh.map((z) => z.text)))).not.toContain('码书');

    // The same file again: now every entry duplicates one.
    await userEvent.upload(within(main).getByLabelText(/Termbase file/), new File([tsv], 'vq.tsv'));
    const again = await screen.findByRole('dialog', { name: 'Merge vq.tsv?' });
    expect(again).toHaveTextContent('0 new entries; 2 duplicate existing entries; 0 contradict existing ones.');
    await userEvent.click(within(again).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
