// "Import" in a real browser: bad files get an alert naming the file and change nothing
// stored; a good TSV becomes a new project beside the seed. Each test has a fresh profile.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EVENTUALLY, screenshot } from './browser';
import { useSeedPage } from './useSeedPage';
import { documentEntries, SEED_PROJECT_NAME, waitForDocuments } from './reviewScreen';

interface FileSpec {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0];

const BAD_FILES: { what: string; file: FileSpec; mentions?: RegExp }[] = [
  { what: 'an empty file', file: { name: '空文件.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) } },
  {
    what: 'a binary file (a PNG renamed .txt)',
    file: { name: 'figure-3.txt', mimeType: 'text/plain', buffer: Buffer.from([...PNG_HEAD, ...PNG_HEAD, ...PNG_HEAD]) },
  },
  {
    what: 'a TSV without the target column',
    file: {
      name: 'corrections.tsv',
      mimeType: 'text/tab-separated-values',
      buffer: Buffer.from('id\tsource\n1\tGraph neural networks (GNNs) are vulnerable to privacy attacks.\n', 'utf8'),
    },
    mentions: /target/i,
  },
  {
    what: 'a CSV with an unbalanced quote',
    file: {
      name: 'glossary-pairs.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'id,source,target\n' +
          '1,"Reinforcement learning (RL) involves exploratory actions.",强化学习（RL）涉及探索性动作。\n' +
          '2,"The safety agent minimises violations.,安全智能体最大限度地减少违规。\n' +
          '3,We prove that DESTA converges.,我们证明DESTA会收敛。\n',
        'utf8',
      ),
    },
    mentions: /line \d+/i,
  },
];

/** The document list as a user reads it: each entry's text, in order. */
async function documentTexts(page: Page): Promise<string[]> {
  return (await documentEntries(page).allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
}

async function importViaPicker(page: Page, file: FileSpec): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import', exact: true }).click(),
  ]);
  await chooser.setFiles(file);
}

async function importViaDrop(page: Page, file: FileSpec): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, mimeType, bytes }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
      return dt;
    },
    { name: file.name, mimeType: file.mimeType, bytes: [...file.buffer] },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

describe('Import in Chromium', () => {
  const t = useSeedPage();

  for (const bad of BAD_FILES) {
    it(`${bad.what}: an alert names the file, and the seed's documents are unchanged after a reload`, async () => {
      const { page } = t;
      const before = await documentTexts(page);
      await importViaPicker(page, bad.file);
      const alert = page.getByRole('alert');
      await alert.waitFor({ state: 'visible' });
      const message = await alert.innerText();
      expect(message).toContain(bad.file.name);
      expect(message).toMatch(/nothing was stored/i);
      if (bad.mentions) expect(message).toMatch(bad.mentions);
      await screenshot(page, `import-error-${bad.file.name.replace(/[^\w.-]+/g, '_')}`);

      expect(await documentTexts(page)).toEqual(before);
      expect(await page.getByRole('combobox', { name: 'Project' }).count()).toBe(0);
      await page.reload();
      await waitForDocuments(page, 10);
      expect(await documentTexts(page)).toEqual(before);
      expect(await page.getByText(SEED_PROJECT_NAME).count()).toBeGreaterThan(0);
      expect(await page.getByRole('combobox', { name: 'Project' }).count()).toBe(0);
    });
  }

  it('a bad file dropped on the window is refused the same way', async () => {
    const { page } = t;
    const before = await documentTexts(page);
    const bad = BAD_FILES[1].file;
    await importViaDrop(page, bad);
    const alert = page.getByRole('alert');
    await alert.waitFor({ state: 'visible' });
    expect(await alert.innerText()).toContain(bad.name);
    expect(await documentTexts(page)).toEqual(before);
  });

  it('a good TSV becomes a new project and leaves the seed project as it was', async () => {
    const { page } = t;
    const before = await documentTexts(page);
    const good: FileSpec = {
      name: 'gnn-privacy.tsv',
      mimeType: 'text/tab-separated-values',
      buffer: Buffer.from(
        'id\tsource\ttarget\n' +
          'gpia-1\tGraph neural networks (GNNs) are vulnerable to privacy attacks.\t图神经网络（GNN）容易受到隐私攻击。\n' +
          'gpia-2\tWe design six attacks under black-box and white-box settings.\t我们在黑盒和白盒设置下设计了六种攻击。\n',
        'utf8',
      ),
    };
    await importViaPicker(page, good);
    const status = page.getByRole('status').filter({ hasText: 'Imported gnn-privacy.tsv' });
    await status.waitFor({ state: 'visible' });
    expect(await page.getByRole('alert').count()).toBe(0);

    const picker = page.getByRole('combobox', { name: 'Project' });
    await picker.waitFor({ state: 'visible' });
    await expect.poll(async () => (await documentTexts(page)).join('\n'), EVENTUALLY).not.toBe(before.join('\n'));

    await picker.selectOption({ label: `${SEED_PROJECT_NAME} (10 documents)` });
    await expect.poll(() => documentTexts(page), EVENTUALLY).toEqual(before);
  });
});
