// Issue 2 in a real browser: the seed on first load, adding the English source of the
// DESTA block, reload, alignment, bad imports. Each test starts with an empty profile.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EVENTUALLY, finishTest, launchProfile, screenshot, type TestPage } from './browser';
import { DESTA_ABSTRACT } from './destaAbstract';
import {
  documentEntries,
  entryStatuses,
  findInRows,
  SEED_PROJECT_NAME,
  sentenceWith,
  sourceRegion,
  targetRegion,
  waitForDocuments,
} from './reviewScreen';

/** A reviewer's Chinese for the seed's fourth block (CMT), one sentence per English sentence. */
const CMT_TRANSLATION =
  '在本文中，我们提出了一种鲁棒的三维检测器，名为跨模态Transformer（CMT），用于端到端的三维多模态检测。' +
  'CMT无需显式的视角变换，以图像和点云词元作为输入，直接输出精确的三维边界框。' +
  '多模态词元的空间对齐是通过将三维点编码到多模态特征中隐式完成的。' +
  'CMT的核心设计相当简单，而其性能令人印象深刻。' +
  'CMT在nuScenes基准上取得了73.0%的NDS。' +
  '此外，即使缺少激光雷达，CMT也具有很强的鲁棒性。' +
  '代码将发布在https://github.com/junjie18/CMT。';

const SEED_STATUSES = [
  'source missing',
  'source missing',
  ...Array.from({ length: 8 }, () => 'translation missing'),
];

describe('the seed in Chromium', () => {
  let t: TestPage;
  beforeEach(async () => {
    t = await launchProfile();
  });
  afterEach(async (ctx) => {
    await finishTest(t, ctx);
  });

  it('first load imports the seed: 10 documents, 2 "source missing" then 8 "translation missing"', async () => {
    const { page } = t;
    await page.goto('/');
    await waitForDocuments(page, 10);
    expect(await documentEntries(page).count()).toBe(10);
    expect(await entryStatuses(page)).toEqual(SEED_STATUSES);
    await expect.poll(() => page.getByText(SEED_PROJECT_NAME).count(), EVENTUALLY).toBeGreaterThan(0);
    // Titles are the first words of each block.
    const titles = await documentEntries(page).allInnerTexts();
    expect(titles[0]).toContain('强化学习');
    expect(titles[1]).toContain('随着机器学习');
    expect(titles.slice(2).every((s) => /[A-Za-z]{3,}/.test(s) && !/[\u4e00-\u9fff]/.test(s))).toBe(true);
  });

  it('the DESTA block shows its Chinese in "Target (Chinese)" and offers "Add source" in an empty "Source (English)"', async () => {
    const { page } = t;
    await page.goto('/');
    await waitForDocuments(page, 10);
    await documentEntries(page).first().click();
    await expect.poll(() => sentenceWith(targetRegion(page), '分配探索安全培训算法').count(), EVENTUALLY).toBe(1);
    await expect.poll(() => sourceRegion(page).getByRole('button', { name: 'Add source' }).count(), EVENTUALLY).toBe(1);
    // The English side has no text yet, and the Chinese side offers nothing to add.
    expect((await sourceRegion(page).innerText()).trim()).toBe('Add source');
    expect(await targetRegion(page).getByRole('button', { name: 'Add translation' }).count()).toBe(0);
    await screenshot(page, 'review-cmt');
  });

  it('an English block offers "Add translation" in an empty "Target (Chinese)"', async () => {
    const { page } = t;
    await page.goto('/');
    await waitForDocuments(page, 10);
    await documentEntries(page).nth(2).click();
    await expect.poll(() => targetRegion(page).getByRole('button', { name: 'Add translation' }).count(), EVENTUALLY).toBe(1);
    expect((await targetRegion(page).innerText()).trim()).toBe('Add translation');
    expect(await sourceRegion(page).innerText()).toMatch(/[A-Za-z]{4,}/);
    expect(await sourceRegion(page).getByRole('button', { name: 'Add source' }).count()).toBe(0);
  });

  it('adding the English source of DESTA survives a reload and a second tab, aligned sentence by sentence', async () => {
    const { page, context } = t;
    await page.goto('/');
    await waitForDocuments(page, 10);
    await documentEntries(page).first().click();
    await sourceRegion(page).getByRole('button', { name: 'Add source' }).click();
    const box = page.getByRole('textbox', { name: 'Source text' });
    await box.fill(DESTA_ABSTRACT);
    await page.getByRole('button', { name: 'Save' }).click();
    await box.waitFor({ state: 'detached' });

    await page.reload();
    await waitForDocuments(page, 10);
    // The DESTA block now has both sides, and the editor is gone.
    expect((await entryStatuses(page))[0]).toBe('machine translated');
    expect(await entryStatuses(page)).toEqual(['machine translated', ...SEED_STATUSES.slice(1)]);
    await documentEntries(page).first().click();
    await expectBeside(page, '(DESTA)', '分配探索安全培训算法');
    await expectBeside(page, 'Reinforcement learning (RL) involves', '强化学习(RL)涉及');
    await expectBeside(page, 'Frozen Lake from OpenAI Gym', 'Frozen Lake中的领先RL方法');
    expect(await sourceRegion(page).getByRole('button', { name: 'Add source' }).count()).toBe(0);

    await page.getByRole('group', { name: 'Aligned sentences' }).evaluate((el) => {
      el.scrollTop = 0;
    });
    await screenshot(page, 'review', { committed: true });
    expect(await horizontalOverflow(page), 'the page scrolls sideways at 1280 px').toBe(0);
    await page.setViewportSize({ width: 1024, height: 800 });
    await screenshot(page, 'review-1024');
    expect(await horizontalOverflow(page), 'the page scrolls sideways at 1024 px').toBe(0);
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'review-dark');

    // A second tab on the same profile reads the same IndexedDB.
    const second = await context.newPage();
    await second.goto('/');
    await waitForDocuments(second, 10);
    await documentEntries(second).first().click();
    await findInRows(second, sourceRegion(second), '(DESTA)');
    await second.close();
  });

  it('adding a Chinese translation to an English block survives a reload, aligned sentence by sentence', async () => {
    const { page } = t;
    await page.goto('/');
    await waitForDocuments(page, 10);
    const cmt = documentEntries(page).nth(3);
    expect(await cmt.innerText()).toContain('In this paper, we propose a rob');
    await cmt.click();
    await targetRegion(page).getByRole('button', { name: 'Add translation' }).click();
    const box = page.getByRole('textbox', { name: 'Translation' });
    await box.fill(CMT_TRANSLATION);
    await page.getByRole('button', { name: 'Save' }).click();
    await box.waitFor({ state: 'detached' });

    await page.reload();
    await waitForDocuments(page, 10);
    const statuses = await entryStatuses(page);
    expect(statuses[3]).not.toBe('translation missing');
    expect(statuses.filter((s) => s === 'translation missing')).toHaveLength(7);
    await documentEntries(page).nth(3).click();
    await expectBeside(page, 'named Cross Modal Transformer (CMT)', '名为跨模态Transformer（CMT）');
    await expectBeside(page, 'CMT obtains 73.0% NDS on nuScenes benchmark.', '73.0%的NDS');
    await expectBeside(page, 'even if the LiDAR is missing', '即使缺少激光雷达');
    expect(await targetRegion(page).getByRole('button', { name: 'Add translation' }).count()).toBe(0);
    await screenshot(page, 'review-cmt');
  });

  it('Cancel closes the "Source text" box and stores nothing', async () => {
    const { page } = t;
    await page.goto('/');
    await waitForDocuments(page, 10);
    await documentEntries(page).first().click();
    await sourceRegion(page).getByRole('button', { name: 'Add source' }).click();
    await page.getByRole('textbox', { name: 'Source text' }).fill(DESTA_ABSTRACT);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('textbox', { name: 'Source text' }).waitFor({ state: 'detached' });

    await page.reload();
    await waitForDocuments(page, 10);
    expect(await entryStatuses(page)).toEqual(SEED_STATUSES);
    await documentEntries(page).first().click();
    await expect.poll(() => sourceRegion(page).getByRole('button', { name: 'Add source' }).count(), EVENTUALLY).toBe(1);
    expect(await sourceRegion(page).getByText('(DESTA)').count()).toBe(0);
  });

  it('the translation editor: an empty Save is refused with a message, Esc cancels, Ctrl+Enter saves', async () => {
    const { page } = t;
    await page.goto('/');
    await waitForDocuments(page, 10);
    await documentEntries(page).nth(3).click();
    await targetRegion(page).getByRole('button', { name: 'Add translation' }).click();
    const box = page.getByRole('textbox', { name: 'Translation' });
    await box.fill('   ');
    await page.getByRole('button', { name: 'Save' }).click();
    const error = page.getByRole('alert').filter({ hasText: 'translation is empty' });
    await error.waitFor({ state: 'visible' });
    expect(await box.isVisible()).toBe(true);

    await box.fill('在本文中，我们提出了一种鲁棒的三维检测器。');
    await box.press('Escape');
    await box.waitFor({ state: 'detached' });
    expect((await entryStatuses(page))[3]).toBe('translation missing');

    await targetRegion(page).getByRole('button', { name: 'Add translation' }).click();
    await box.fill(CMT_TRANSLATION);
    await box.press('Control+Enter');
    await box.waitFor({ state: 'detached' });
    await page.reload();
    await waitForDocuments(page, 10);
    expect((await entryStatuses(page))[3]).not.toBe('translation missing');
  });

  it('"Reset demo data" asks first, then restores the seed over the reviewer\'s changes', async () => {
    const { page } = t;
    await page.goto('/');
    await waitForDocuments(page, 10);
    await documentEntries(page).first().click();
    await sourceRegion(page).getByRole('button', { name: 'Add source' }).click();
    await page.getByRole('textbox', { name: 'Source text' }).fill(DESTA_ABSTRACT);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await entryStatuses(page))[0], EVENTUALLY).toBe('machine translated');

    // Declining the confirmation keeps the work.
    await page.getByRole('button', { name: 'Workspace', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Reset demo data' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await entryStatuses(page))[0]).toBe('machine translated');

    await page.getByRole('button', { name: 'Workspace', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Reset demo data' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => entryStatuses(page), EVENTUALLY).toEqual(SEED_STATUSES);
    await page.reload();
    await waitForDocuments(page, 10);
    expect(await entryStatuses(page)).toEqual(SEED_STATUSES);
  });
});

/**
 * The English sentence containing `en` and the Chinese one containing `zh` sit in the same
 * row, side by side. Waits while the app still shows provisional (not yet aligned) rows.
 */
async function expectBeside(page: import('playwright-core').Page, en: string, zh: string): Promise<void> {
  let last = '';
  const offset = async (): Promise<number> => {
    const enCell = await findInRows(page, sourceRegion(page), en);
    const zhCell = sentenceWith(targetRegion(page), zh);
    const a = await enCell.boundingBox();
    const b = (await zhCell.count()) ? await zhCell.boundingBox() : null;
    if (!a || !b) {
      last = `"${en}" or "${zh}" is not shown`;
      return Infinity;
    }
    last = `"${en}" (x=${a.x}, y=${a.y}) and "${zh}" (x=${b.x}, y=${b.y})`;
    return a.x + a.width <= b.x + 1 ? Math.abs(a.y - b.y) : Infinity;
  };
  try {
    await expect.poll(offset, EVENTUALLY).toBeLessThan(2);
  } catch (err) {
    throw new Error(`Not side by side in one row: ${last}\n${String(err)}`);
  }
}

/** How many CSS pixels the page is wider than the window (0 when nothing sticks out). */
async function horizontalOverflow(page: import('playwright-core').Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));
}
