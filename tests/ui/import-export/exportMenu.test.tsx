import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DuizhaoDB } from '../../../src/db';
import { useStore } from '../../../src/store';
import { exportDownloadName } from '../../../src/ui/import-export/exportDownloadName';
import { freshDb } from '../helpers/freshDb';
import { findDocumentEntries, renderApp } from '../helpers/renderApp';
import { cachedFindings } from '../helpers/cachedFindings';

const downloads: { name: string; blob: Blob }[] = [];
const blobs = new Map<string, Blob>();

beforeEach(() => {
  downloads.length = 0;
  let n = 0;
  URL.createObjectURL = vi.fn((b: Blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, b);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => vi.restoreAllMocks());

async function exportAs(scope: 'This document' | 'Whole project', format: string): Promise<{ name: string; text: string }> {
  await userEvent.click(screen.getByRole('button', { name: 'Export' }));
  const dialog = screen.getByRole('dialog', { name: 'Export' });
  await userEvent.click(within(dialog).getByRole('radio', { name: scope }));
  const select = within(dialog).getByRole('combobox', { name: 'Format' });
  await waitFor(() => expect(within(select).getAllByRole('option').length).toBeGreaterThan(3));
  await userEvent.selectOptions(select, format);
  const before = downloads.length;
  await userEvent.click(within(dialog).getByRole('button', { name: 'Download' }));
  await waitFor(() => expect(downloads).toHaveLength(before + 1));
  const d = downloads[before];
  return { name: d.name, text: await d.blob.text() };
}

async function openSeed(): Promise<DuizhaoDB> {
  const db = await freshDb();
  renderApp(db);
  await findDocumentEntries(10);
  return db;
}

describe('Export menu', () => {
  it('offers XLIFF 1.2, XLIFF 2.1, TMX, PO, CSV, TSV and JSON Lines, for this document or the whole project', async () => {
    await openSeed();
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    expect(within(dialog).getByRole('radio', { name: 'This document' })).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'Whole project' })).toBeInTheDocument();
    const select = within(dialog).getByRole('combobox', { name: 'Format' });
    await waitFor(() => expect(within(select).getAllByRole('option').length).toBeGreaterThan(3));
    const labels = within(select).getAllByRole('option').map((o) => o.textContent);
    for (const l of ['XLIFF 1.2 (.xlf)', 'XLIFF 2.1 (.xlf)', 'TMX 1.4b (.tmx)', 'gettext PO (.po)', 'CSV (spreadsheet) (.csv)', 'TSV (tab-separated) (.tsv)', 'JSON Lines (.jsonl)']) {
      expect(labels).toContain(l);
    }
    expect(labels).not.toContain(expect.stringMatching(/TBX/));
  });

  it('names files <project>-<document>-<yyyy-mm-dd>.<ext>, without the document for the whole project', async () => {
    await openSeed();
    const day = new Date();
    const ymd = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    const whole = await exportAs('Whole project', 'tmx');
    expect(whole.name).toBe(`Seed 000_2c0d154558004bfd-${ymd}.tmx`);
    expect(whole.text).toContain('<tmx');
    const doc = await exportAs('This document', 'jsonl');
    expect(doc.name).toMatch(new RegExp(`^Seed 000_2c0d154558004bfd-.+-${ymd}\\.jsonl$`));
    expect(doc.text.trim().split('\n').length).toBeLessThan(whole.text.split('<tu ').length);
    const x21 = await exportAs('This document', 'xliff21');
    expect(x21.name.endsWith(`-${ymd}.xlf`)).toBe(true);
    expect(x21.text).toMatch(/<xliff[^>]+version="2\.1"/);
  });

  it('file names drop characters a file system refuses and keep Chinese', () => {
    const d = new Date(2026, 10, 28);
    expect(exportDownloadName('对照: 审校/批次 3', '强化学习 "安全" 策略', 'xlf', d)).toBe('对照_ 审校_批次 3-强化学习 _安全_ 策略-2026-11-28.xlf');
    expect(exportDownloadName('   ', null, 'csv', d)).toBe('duizhao-2026-11-28.csv');
  });

  it('CSV: the MQM score of an annotated unit and the open findings per severity from the last re-check', async () => {
    const db = await openSeed();
    await userEvent.click(screen.getByRole('button', { name: 'Re-check project' }));
    await screen.findByRole('status', { name: 'Re-check' }, { timeout: 30_000 });
    const projectId = useStore.getState().projectId!;
    const unit = (await db.units.where('projectId').equals(projectId).filter((u) => u.source.trim().length > 0).first())!;
    await db.annotations.add({ projectId, unitId: unit.id, documentId: unit.documentId, side: 'target', category: 'Terminology/Wrong term', severity: 'major', author: '李审校', createdAt: 1 });
    const csv = await exportAs('Whole project', 'csv');
    const rows = Papa.parse<string[]>(csv.text.trim(), { skipEmptyLines: true }).data;
    const header = rows[0];
    expect(header.slice(0, 8)).toEqual(['document', 'id', 'source', 'machine translation', 'target', 'state', 'reviewer', 'MQM score']);
    const countCols = header.map((h, i) => [h, i] as const).filter(([h]) => h.startsWith('findings '));
    expect(countCols.length).toBeGreaterThan(0);
    const cached = (await cachedFindings(db, projectId)).length;
    const total = rows.slice(1).reduce((n, r) => n + countCols.reduce((m, [, i]) => m + Number(r[i]), 0), 0);
    expect(total).toBe(cached);
    const annotated = rows.find((r) => r[1] === unit.extId)!;
    const score = Number(annotated[7]);
    expect(annotated[7]).not.toBe('');
    expect(score).toBeLessThan(100);
    expect(rows.filter((r) => r !== annotated && r[7] !== '' && r !== header)).toHaveLength(0);
  });
});
