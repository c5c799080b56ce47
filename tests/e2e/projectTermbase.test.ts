// Issue 7 in a real browser: the review checks with the project termbase, which the check
// worker reads from IndexedDB itself (the page sends the project and the termbase stamp, no
// entry): an entry added on the Glossary screen flags its forbidden rendering on Review, and
// editing the entry changes the finding; the page itself reads no entry meanwhile.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EVENTUALLY } from './browser';
import { useSeedPage } from './useSeedPage';
import { allListItems, waitForDocuments } from './reviewScreen';

const VQ = Buffer.from(
  [
    'id\tdocument\tsource\ttarget',
    'u1\tVQ tokenizer\tWe learn a codebook of discrete image tokens.\t我们学习离散图像标记的代码簿。',
    'u2\tVQ tokenizer\tThe codebook size controls the rate of the quantizer.\t代码簿大小控制量化器的速率。',
    'u3\tReconstruction\tA larger codebook improves reconstruction.\t更大的代码簿改善了重建。',
  ].join('\n') + '\n',
  'utf8',
);

async function openScreen(page: Page, name: 'Glossary' | 'Review'): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name, exact: true }).click();
  // The Review screen is named after the open document.
  await (name === 'Review' ? page.getByRole('region', { name: 'Findings' }) : page.getByRole('main', { name })).waitFor();
}

/**
 * Installed before the page loads: counts the page's own (main-thread) reads of the `terms`
 * store (entries), in `window.__termReads`. Workers have their own IndexedDB prototypes.
 */
const COUNT_TERM_READS = `
  window.__termReads = 0;
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    for (const name of ['get', 'getAll', 'openCursor']) {
      const original = proto[name];
      proto[name] = function (...args) {
        const store = this instanceof IDBIndex ? this.objectStore : this;
        if (store.name === 'terms') window.__termReads++;
        return original.apply(this, args);
      };
    }
  }
`;

const termReads = (page: Page) => page.evaluate(() => (window as unknown as { __termReads: number }).__termReads);

async function findingTexts(page: Page): Promise<string[]> {
  return allListItems(page, page.getByRole('region', { name: 'Findings' }).getByRole('list'));
}

describe('Review checks with the project termbase read by the check worker (Chromium)', () => {
  const t = useSeedPage();

  it('an added entry flags its forbidden rendering on Review; editing it changes the finding', async () => {
    const { page } = t;
    await page.addInitScript(COUNT_TERM_READS);
    await page.reload();
    await waitForDocuments(page, 10);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import', exact: true }).click()]);
    await chooser.setFiles({ name: 'vq.tsv', mimeType: 'text/tab-separated-values', buffer: VQ });
    await page.getByRole('status', { name: 'Import' }).filter({ hasText: 'Imported vq.tsv' }).waitFor();
    await waitForDocuments(page, 2);
    // Nothing in the built-in termbase knows 代码簿.
    const summary = page.getByRole('region', { name: 'Findings' }).locator('.findings-summary');
    await expect.poll(() => summary.innerText(), EVENTUALLY).toMatch(/\d+ (critical|major|minor|info)|No findings/);
    expect((await findingTexts(page)).some((t) => t.includes('代码簿'))).toBe(false);

    await openScreen(page, 'Glossary');
    await page.getByRole('button', { name: 'Add entry' }).click();
    const form = page.getByRole('form', { name: 'New entry' });
    await form.getByRole('textbox', { name: 'English term' }).fill('codebook');
    await form.getByRole('textbox', { name: 'Approved Chinese' }).fill('码本');
    await form.getByRole('textbox', { name: 'Forbidden Chinese' }).fill('代码簿');
    await form.getByRole('button', { name: 'Save entry' }).click();
    await form.waitFor({ state: 'detached' });

    const before = await termReads(page);
    await openScreen(page, 'Review');
    await expect.poll(async () => (await findingTexts(page)).some((t) => t.includes('代码簿') && t.includes('码本')), EVENTUALLY).toBe(true);
    // Checked with the entry, and the page itself read no entry: the check worker did.
    expect(await termReads(page)).toBe(before);

    await openScreen(page, 'Glossary');
    await page.getByRole('searchbox', { name: 'Search terms' }).fill('代码簿');
    const table = page.getByRole('table', { name: 'Termbase entries' });
    await table.getByRole('button', { name: 'Edit codebook' }).click();
    const edit = page.getByRole('form', { name: 'Edit “codebook”' });
    await edit.getByRole('textbox', { name: 'Approved Chinese' }).fill('码书');
    await edit.getByRole('button', { name: 'Save entry' }).click();
    await edit.waitFor({ state: 'detached' });

    const beforeEdit = await termReads(page);
    await openScreen(page, 'Review');
    await expect.poll(async () => (await findingTexts(page)).some((t) => t.includes('代码簿') && t.includes('码书')), EVENTUALLY).toBe(true);
    expect(await termReads(page)).toBe(beforeEdit);
    expect((await findingTexts(page)).some((t) => t.includes('码本'))).toBe(false);
  }, 120_000);
});
