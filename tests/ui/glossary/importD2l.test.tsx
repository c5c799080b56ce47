import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadProjectTermbases } from '../../../src/db/glossary';
import { freshDb } from '../helpers/freshDb';
import { renderApp } from '../helpers/renderApp';
import { CODEBOOK_FILE, projectWith } from './glossaryProject';

const D2L = join(__dirname, '../../../../shared/data/d2l-zh-terms/TERMINOLOGY.md');
if (!existsSync(D2L)) console.warn('importD2l: ../shared/data/d2l-zh-terms not present, skipping');

describe.runIf(existsSync(D2L))('importing a glossary someone else wrote (d2l-zh "中文，english" list)', () => {
  it('most entries clash with the built-in termbase: the merge prompt counts them; "Keep both" imports all, "Remove" takes it out again', async () => {
    const text = readFileSync(D2L, 'utf8');
    const pairs = text.split('\n').filter((l) => /\p{Script=Han}.*，/u.test(l)).length;
    const db = await freshDb();
    const projectId = await projectWith(db, CODEBOOK_FILE);
    renderApp(db);
    await userEvent.click(within(await screen.findByRole('navigation', { name: 'Screens' })).getByRole('link', { name: 'Glossary' }));
    const main = await screen.findByRole('main', { name: 'Glossary' });
    await userEvent.upload(within(main).getByLabelText(/Termbase file/), new File([text], 'TERMINOLOGY.md'));
    const dialog = await screen.findByRole('dialog', { name: 'Merge TERMINOLOGY.md?' });
    const m = /(\d+) new entr(?:y|ies); (\d+) duplicates? (?:an )?existing entr(?:y|ies); (\d+) contradicts?/.exec(dialog.textContent ?? '');
    expect(m).not.toBeNull();
    const [fresh, dup, contra] = m!.slice(1).map(Number);
    expect(dup + contra).toBeGreaterThan(fresh); // the built-in termbase was reviewed against this list
    await userEvent.click(within(dialog).getByRole('radio', { name: /Keep both/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    await within(main).findByText(/Imported \d+ entries from TERMINOLOGY.md/);
    const tb = await loadProjectTermbases(db, projectId);
    const imported = tb.termbases.find((t) => t.id.startsWith('imported:'))!;
    expect(imported.concepts.length).toBe(fresh + dup + contra);
    expect(imported.concepts.length).toBeGreaterThan(pairs * 0.9);
    expect(imported.concepts.find((c) => c.en[0].text === 'saddle point')?.zh[0].text).toBe('鞍点');

    const inUse = within(main).getByRole('table', { name: 'Termbases in use, highest priority first' });
    await userEvent.click(await within(inUse).findByRole('button', { name: 'Remove TERMINOLOGY.md' }));
    await waitFor(async () => expect((await loadProjectTermbases(db, projectId)).termbases).toEqual([]));
  });
});
