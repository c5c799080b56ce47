// A 50 MB dump in a real browser: it imports as a new project with progress, or, when
// cancelled, leaves nothing behind. The file is built from the seed in a temp directory.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EVENTUALLY } from './browser';
import { useSeedPage } from './useSeedPage';
import { documentEntries, SEED_PROJECT_NAME, waitForDocuments } from './reviewScreen';

const here = dirname(fileURLToPath(import.meta.url));
const SEED = resolve(here, '../../seeds/000_2c0d154558004bfd.txt');
const TARGET_BYTES = 50 * 1024 * 1024;

/** The seed's blocks repeated until the file reaches 50 MB; returns the file and its block count. */
function writeBigDump(dir: string): { path: string; blocks: number } {
  const seed = readFileSync(SEED, 'utf8').replace(/\s+$/, '') + '\n';
  const seedBlocks = seed.split('\n').filter((l) => l.startsWith('translated by')).length;
  const copies = Math.ceil(TARGET_BYTES / Buffer.byteLength(seed, 'utf8'));
  const path = join(dir, 'arxiv-abstracts-50mb.txt');
  writeFileSync(path, seed.repeat(copies), 'utf8');
  return { path, blocks: copies * seedBlocks };
}

async function pickFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import', exact: true }).click(),
  ]);
  await chooser.setFiles(path);
}

describe('a 50 MB dump in Chromium', () => {
  let dir: string;
  let big: { path: string; blocks: number };
  const t = useSeedPage();
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'duizhao-e2e-big-'));
    big = writeBigDump(dir);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports as a new project, reporting progress, and the seed project stays as it was', async () => {
    const { page } = t;
    const seedTexts = await documentEntries(page).allInnerTexts();
    await pickFile(page, big.path);
    await page.getByRole('progressbar', { name: 'Importing arxiv-abstracts-50mb.txt' }).waitFor({ state: 'visible' });
    const notice = page.getByRole('status').filter({ hasText: 'Imported arxiv-abstracts-50mb.txt' });
    // A ceiling, not a speed assertion (speed is measured by npm run bench).
    await notice.waitFor({ state: 'visible', timeout: 280_000 });
    const text = await notice.innerText();
    const units = Number(/([\d,]+) units/.exec(text)?.[1].replace(/,/g, ''));
    expect(units, `notice: ${text}`).toBe(big.blocks);

    const picker = page.getByRole('combobox', { name: 'Project' });
    await picker.selectOption({ label: `${SEED_PROJECT_NAME} (10 documents)` });
    await expect.poll(() => documentEntries(page).allInnerTexts(), EVENTUALLY).toEqual(seedTexts);
  }, 300_000);

  it('"Cancel import" stores nothing: after a reload only the seed project exists', async () => {
    const { page } = t;
    const seedTexts = await documentEntries(page).allInnerTexts();
    await pickFile(page, big.path);
    await page.getByRole('button', { name: 'Cancel import' }).click();
    await page.getByRole('status').filter({ hasText: 'cancelled' }).waitFor({ state: 'visible' });
    expect(await page.getByText(/nothing was stored/i).count()).toBeGreaterThan(0);

    await page.reload();
    await waitForDocuments(page, 10);
    expect(await page.getByRole('combobox', { name: 'Project' }).count()).toBe(0);
    expect(await documentEntries(page).allInnerTexts()).toEqual(seedTexts);
  });
});
