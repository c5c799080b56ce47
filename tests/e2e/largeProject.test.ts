// A 10,000-document project in a real browser: the "Documents" list is virtualized (only
// a window of entries is in the page) and still reaches every document by keyboard.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EVENTUALLY } from './browser';
import { useSeedPage } from './useSeedPage';
import { documentEntries, documentsNav, nextFrames, sentenceWith, sourceRegion, targetRegion } from './reviewScreen';

const COUNT = 10_000;
const TOPICS: [string, string][] = [
  ['graph neural networks learn node embeddings', '图神经网络学习节点嵌入'],
  ['the policy gradient converges to a stable point', '策略梯度收敛到稳定点'],
  ['pre-trained vision Transformers transfer to small models', '预训练的视觉Transformer迁移到小模型'],
  ['membership inference attacks leak training data', '成员推断攻击泄露训练数据'],
];

/**
 * `id,source,target` TSV of `count` rows "Paper n: …" / "论文n：…": one document per row,
 * or all rows in one document when `document` is given (the optional `document` column).
 */
function tsv(count: number, document?: string): Buffer {
  const lines = [document ? 'id\tdocument\tsource\ttarget' : 'id\tsource\ttarget'];
  for (let n = 1; n <= count; n++) {
    const [en, zh] = TOPICS[n % TOPICS.length];
    lines.push(`p${n}\t${document ? `${document}\t` : ''}Paper ${n}: ${en}.\t论文${n}：${zh}。`);
  }
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

async function importTsv(page: Page, name: string, buffer: Buffer): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import', exact: true }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'text/tab-separated-values', buffer });
}

describe('a 10,000-document project in Chromium', () => {
  const t = useSeedPage();

  it('keeps only a window of entries in the page and reaches the last document with End', async () => {
    const { page } = t;
    await importTsv(page, 'papers-10k.tsv', tsv(COUNT));
    const notice = page.getByRole('status').filter({ hasText: 'Imported papers-10k.tsv' });
    await notice.waitFor({ state: 'visible', timeout: 110_000 });
    expect(await notice.innerText()).toContain('10,000 documents');

    // The new project is open on its first document.
    await expect.poll(() => documentEntries(page).first().innerText(), EVENTUALLY).toContain('Paper 1:');
    // The first screen renders before the whole list has been read; End needs the whole list.
    await expect.poll(() => documentEntries(page).first().getAttribute('aria-setsize'), EVENTUALLY).toBe('10000');
    expect(await documentsNav(page).innerText()).toContain('10,000');
    const rendered = await documentEntries(page).count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(200);

    // Keyboard: the selected entry is the list's tab stop; End selects the last document.
    await documentsNav(page).locator('[aria-current="true"]').focus();
    await page.keyboard.press('End');
    const last = documentsNav(page).getByRole('button', { name: /Paper 10000:/ });
    await last.waitFor({ state: 'visible' });
    await expect.poll(() => last.getAttribute('aria-current'), EVENTUALLY).toBe('true');
    await expect.poll(() => sourceRegion(page).getByText('Paper 10000:').count(), EVENTUALLY).toBe(1);
    expect(await targetRegion(page).getByText('论文10000：').count()).toBe(1);
    expect(await documentEntries(page).count()).toBeLessThan(200);

    // Home goes back to the first one.
    await page.keyboard.press('Home');
    await expect
      .poll(() => documentsNav(page).locator('[aria-current="true"]').innerText(), EVENTUALLY)
      .toContain('Paper 1:');
  }, 180_000);

  it('a 20,000-unit document: progress while importing, a bounded number of rows in the page, End reaches the last unit', async () => {
    const { page } = t;
    await importTsv(page, 'corpus-20k.tsv', tsv(20_000, 'arXiv 2023 batch'));
    await page.getByRole('progressbar', { name: 'Importing corpus-20k.tsv' }).waitFor({ state: 'attached' });
    const notice = page.getByRole('status').filter({ hasText: 'Imported corpus-20k.tsv' });
    await notice.waitFor({ state: 'visible', timeout: 110_000 });
    expect(await notice.innerText()).toMatch(/\b1 documents?, 20,000 units/);

    await expect.poll(() => documentEntries(page).count(), EVENTUALLY).toBe(1);
    await expect.poll(() => sentenceWith(sourceRegion(page), 'Paper 1:').count(), EVENTUALLY).toBe(1);
    const sentences = () => sourceRegion(page).locator('p').count();
    expect(await sentences()).toBeLessThan(300);

    // End in the focused rows pane scrolls to the last row, which is rendered beside its Chinese.
    const rows = page.getByRole('group', { name: 'Aligned sentences' });
    await rows.focus();
    await page.keyboard.press('End');
    await nextFrames(page);
    await expect.poll(() => sentenceWith(sourceRegion(page), 'Paper 20000:').count(), EVENTUALLY).toBe(1);
    expect(await sentenceWith(targetRegion(page), '论文20000：').count()).toBe(1);
    expect(await sentenceWith(sourceRegion(page), 'Paper 1:').count()).toBe(0);
    expect(await sentences()).toBeLessThan(300);
  }, 180_000);
});
