// The Glossary screen with its termbase compiled and its files parsed by the glossary worker
// (in-process under jsdom): the "Compiling termbase…" state, recompiling after an edit, a
// 2,000-entry termbase import with its outcome, and a bounded entries table.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { builtinTermbase } from '../../../src/core/glossary';
import { loadProjectTermbases, saveTerm } from '../../../src/db/glossary';
import { freshDb } from '../helpers/freshDb';
import { renderApp } from '../helpers/renderApp';
import { CODEBOOK_FILE, projectWith } from './glossaryProject';

const BUILTIN = builtinTermbase().concepts.length;

async function openGlossary() {
  const nav = await screen.findByRole('navigation', { name: 'Screens' });
  await userEvent.click(within(nav).getByRole('link', { name: 'Glossary' }));
  return screen.findByRole('main', { name: 'Glossary' });
}

describe('Glossary screen: termbase work in the glossary worker', () => {
  it('shows "Compiling termbase…", then the compiled size; a new project entry is compiled again and counted', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, CODEBOOK_FILE);
    renderApp(db);
    const main = await openGlossary();
    const status = within(main).getByRole('status', { name: 'Termbase' });
    expect(status).toHaveTextContent('Compiling termbase…');
    await waitFor(() => expect(status).toHaveTextContent(`Termbase ready: ${BUILTIN.toLocaleString('en')} entries compiled (built-in).`), { timeout: 15_000 });

    await saveTerm(db, projectId, { id: 'user.codebook', en: [{ text: 'codebook' }], zh: [{ text: '码本', status: 'preferred' }, { text: '代码簿', status: 'forbidden' }] });
    await waitFor(() => expect(status).toHaveTextContent(`Termbase ready: ${(BUILTIN + 1).toLocaleString('en')} entries compiled (built-in and 1 stored termbase).`), { timeout: 15_000 });
    // A term made only of full-width punctuation never reaches the compiler.
    await expect(saveTerm(db, projectId, { id: 'user.bad', en: [{ text: '——' }], zh: [{ text: '码本', status: 'preferred' }] })).rejects.toThrow(/only punctuation/);
    expect(status).toHaveTextContent(`${(BUILTIN + 1).toLocaleString('en')} entries compiled`);
  });

  it('imports a 2,000-entry CSV through the worker; the entries table keeps a window of rows; a cut-off TBX names the file and stores nothing', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, CODEBOOK_FILE);
    renderApp(db);
    const main = await openGlossary();
    const rows = ['en,zh,status'];
    for (let i = 0; i < 2000; i++) rows.push(`vector codebook ${i},向量码本${i},preferred`);
    await userEvent.upload(within(main).getByLabelText(/Termbase file/), new File([rows.join('\r\n')], 'vq-2000.csv', { type: 'text/csv' }));
    expect(await within(main).findByText('Imported 2,000 entries from vq-2000.csv.', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect((await loadProjectTermbases(db, projectId)).termbases[0].concepts).toHaveLength(2000);

    const table = within(main).getByRole('table', { name: 'Termbase entries' });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(2000 + BUILTIN + 1)));
    const shown = within(table).getAllByRole('row').length;
    expect(shown).toBeGreaterThan(5);
    expect(shown).toBeLessThan(100);
    await waitFor(() => expect(within(main).getByRole('status', { name: 'Termbase' })).toHaveTextContent(`${(BUILTIN + 2000).toLocaleString('en')} entries compiled`), { timeout: 15_000 });

    // A TBX cut off mid-entry: the message names the file, nothing more is stored.
    const broken = '<?xml version="1.0"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n<text><body><conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>codebook</term>';
    await userEvent.upload(within(main).getByLabelText(/Termbase file/), new File([broken], 'cut.tbx', { type: 'application/xml' }));
    const alert = await within(main).findByRole('alert', {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent(/^cut\.tbx/);
    expect(alert).toHaveTextContent('Nothing was imported.');
    expect((await loadProjectTermbases(db, projectId)).termbases).toHaveLength(1);
  });
});
