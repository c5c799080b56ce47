import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseTbx, parseTermbaseCsv } from '../../../src/core/formats';
import type { Concept } from '../../../src/core/glossary';
import { planTermbaseImport, saveTerm } from '../../../src/db/glossary';
import { glossaryFileName } from '../../../src/ui/glossary/glossaryFileName';
import { writeGlossaryCsv } from '../../../src/db/glossary/writeGlossaryCsv';
import { freshDb } from '../helpers/freshDb';
import { renderApp } from '../helpers/renderApp';
import { CODEBOOK_FILE, projectWith } from './glossaryProject';

const LEARNED: Concept = {
  id: 'learned.codebook',
  en: [{ text: 'codebook', variants: ['codebooks'] }],
  zh: [
    { text: '码本', status: 'preferred' },
    { text: '代码簿', status: 'forbidden' },
  ],
  provenance: { origin: 'learned', evidence: ['unit u1', 'unit u2'], author: 'Li Wei', date: '2026-11-28' },
};

/** Captures what downloadText hands to the browser. */
function captureDownloads(): { files: { name: string; blob: Blob }[] } {
  const got = { files: [] as { name: string; blob: Blob }[] };
  let last: Blob | null = null;
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => ((last = b), 'blob:test'), revokeObjectURL: () => {} }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (last) got.files.push({ name: this.download, blob: last });
  });
  return got;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('corrected-glossary export', () => {
  it('CSV carries provenance (origin, evidence units, reviewer, date), neutralises formulas, and reads back', () => {
    const csv = writeGlossaryCsv({ id: 'p', name: 'p', priority: 100, concepts: [LEARNED, { id: 'x', en: [{ text: '=cmd' }], zh: [{ text: '+训练', status: 'admitted' }] }] });
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[0]).toEqual(['id', 'en', 'zh', 'status', 'variants', 'note', 'origin', 'evidence', 'reviewer', 'date']);
    expect(rows[1]).toEqual(['learned.codebook', 'codebook', '码本', 'preferred', 'codebooks', '', 'learned', 'unit u1; unit u2', 'Li Wei', '2026-11-28']);
    expect(rows[2].slice(2, 4)).toEqual(['代码簿', 'forbidden']);
    expect(rows[3].slice(1, 3)).toEqual(["'=cmd", "'+训练"]);
    const back = parseTermbaseCsv(csv, 'g.csv').termbase.concepts[0];
    expect(back.zh).toEqual([
      { text: '码本', status: 'preferred' },
      { text: '代码簿', status: 'forbidden' },
    ]);
  });

  it('file names: duizhao-glossary-<project>-<date>.<ext>, safe characters only', () => {
    expect(glossaryFileName('Seed 000_2c0d154558004bfd', 'tbx', new Date(2026, 10, 28))).toBe('duizhao-glossary-Seed-000_2c0d154558004bfd-2026-11-28.tbx');
    expect(glossaryFileName('论文/摘要: v2?', 'csv', new Date(2026, 0, 5))).toBe('duizhao-glossary-论文-摘要-v2-2026-01-05.csv');
  });

  it('the import plan tells duplicates from contradictions by English term (plural and case ignored)', () => {
    const plan = planTermbaseImport(
      [{ id: 'p', name: 'Project termbase', priority: 100, concepts: [LEARNED] }],
      {
        id: 'i',
        name: 'team',
        priority: 50,
        concepts: [
          { id: 'a', en: [{ text: 'Codebooks' }], zh: [{ text: '代码簿', status: 'forbidden' }, { text: '码本', status: 'preferred' }] },
          { id: 'b', en: [{ text: 'codebook' }], zh: [{ text: '码书', status: 'preferred' }] },
          { id: 'c', en: [{ text: 'quantizer' }], zh: [{ text: '量化器', status: 'preferred' }] },
        ],
      },
    );
    expect(plan.clashes.map((c) => [c.incoming.id, c.kind, c.existingIn])).toEqual([
      ['a', 'duplicate', 'Project termbase'],
      ['b', 'contradiction', 'Project termbase'],
    ]);
    expect(plan.fresh.map((c) => c.id)).toEqual(['c']);
  });

  it('"Export glossary": TBX of the project termbase with provenance; "Changed since" leaves older entries out', async () => {
    const downloads = captureDownloads();
    const db = await freshDb();
    const projectId = await projectWith(db, CODEBOOK_FILE);
    await saveTerm(db, projectId, { id: 'user.quantizer', en: [{ text: 'quantizer' }], zh: [{ text: '量化器', status: 'preferred' }] }, { now: () => new Date(2026, 0, 10).getTime() });
    await saveTerm(db, projectId, LEARNED, { now: () => new Date(2026, 10, 28, 9).getTime() });
    renderApp(db);
    await userEvent.click(within(await screen.findByRole('navigation', { name: 'Screens' })).getByRole('link', { name: 'Glossary' }));
    const main = await screen.findByRole('main', { name: 'Glossary' });
    // The screen is ready once the candidates (none here) are known.
    await within(main).findByText(/No candidates yet/, {}, { timeout: 20_000 });
    const exportButton = await within(main).findByRole('button', { name: 'Export glossary' });
    await waitFor(() => expect(exportButton).toBeEnabled());
    await userEvent.click(exportButton);
    await within(main).findByText(/Exported 2 entries to duizhao-glossary-vq-abstracts-\d{4}-\d{2}-\d{2}\.tbx/);
    const tbx = await downloads.files[0].blob.text();
    const tb = parseTbx(tbx, 'x.tbx').termbase;
    expect(tb.concepts.map((c) => c.en[0].text).sort()).toEqual(['codebook', 'quantizer']);
    expect(tb.concepts.find((c) => c.en[0].text === 'codebook')?.provenance).toMatchObject({ evidence: ['unit u1', 'unit u2'], author: 'Li Wei', date: '2026-11-28' });

    await userEvent.selectOptions(within(main).getByRole('combobox', { name: 'Format' }), 'csv');
    const since = within(main).getByLabelText('Changed since (optional)');
    await userEvent.type(since, '2026-06-01');
    await userEvent.click(exportButton);
    await within(main).findByText(/Exported 1 entry to duizhao-glossary-vq-abstracts-.*\.csv/);
    const csv = await downloads.files[1].blob.text();
    expect(csv).toContain('codebook');
    expect(csv).not.toContain('quantizer');

    await userEvent.clear(since);
    await userEvent.type(since, '2027-01-01');
    await userEvent.click(exportButton);
    expect(await within(main).findByText('No entry changed since 2027-01-01. Choose an earlier date or export the whole termbase.')).toBeInTheDocument();
    expect(downloads.files).toHaveLength(2);
  });
});
