// Export in a real browser: the export worker reads the project from IndexedDB itself and
// hands back the file's bytes; the download carries the dated name and the reviewed text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSeedPage } from './useSeedPage';

async function exportAs(page: Page, scope: 'This document' | 'Whole project', format: string): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: scope }).check();
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption(format);
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('Export in Chromium', () => {
  const t = useSeedPage();

  it('the whole seed project as XLIFF 1.2 and TMX, and one document as CSV, written by the worker from IndexedDB', async () => {
    const { page } = t;
    const ymd = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const xlf = await exportAs(page, 'Whole project', 'xliff12');
    expect(xlf.name).toBe(`Seed 000_2c0d154558004bfd-${ymd}.xlf`);
    expect(xlf.text).toMatch(/^<\?xml[^>]*\?>\s*<xliff[^>]+version="1\.2"/);
    expect((xlf.text.match(/<trans-unit /g) ?? []).length).toBe(10);
    expect(xlf.text).toContain('分配探索安全培训算法');

    const tmx = await exportAs(page, 'Whole project', 'tmx');
    expect(tmx.name).toBe(`Seed 000_2c0d154558004bfd-${ymd}.tmx`);
    expect((tmx.text.match(/<tu[ >]/g) ?? []).length).toBe(10);

    const csv = await exportAs(page, 'This document', 'csv');
    expect(csv.name).toMatch(new RegExp(`^Seed 000_2c0d154558004bfd-.+-${ymd}\\.csv$`));
    expect(csv.text.split('\r\n')[0]).toBe('document,id,source,machine translation,target,state,reviewer,MQM score');
    expect(csv.text.trim().split('\r\n')).toHaveLength(2);
  });
});
