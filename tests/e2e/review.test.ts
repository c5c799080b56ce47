// Issue 4 in a real browser, on the DESTA block: apply the DESTA suggestion, edit another
// sentence, dismiss a finding, mark a Major Terminology error; reload → all there and the
// document MQM score reflects it; a second page on the same profile shows the correction
// without a reload.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DESTA_ABSTRACT } from './destaAbstract';
import { EVENTUALLY, finishTest, launchProfile, screenshot, type TestPage } from './browser';
import { documentEntries, findInRows, sentenceWith, sourceRegion, targetRegion, waitForDocuments } from './reviewScreen';

const findings = (page: Page) => page.getByRole('region', { name: 'Findings' });
const annotations = (page: Page) => page.getByRole('region', { name: 'Annotations' });
const scores = (page: Page) => page.getByRole('group', { name: 'Scores' });

/** The Findings item holding every text given (the list is short enough on this block to scroll through). */
async function findingWith(page: Page, ...texts: string[]): Promise<Locator> {
  let item = findings(page).getByRole('listitem');
  for (const t of texts) item = item.filter({ hasText: t });
  const scroller = findings(page).locator('.findings-scroller');
  await scroller.evaluate((el) => (el.scrollTop = 0));
  for (let i = 0; i < 400 && (await item.count()) === 0; i++) {
    await scroller.evaluate((el) => (el.scrollTop += Math.max(60, el.clientHeight * 0.8)));
    await page.waitForTimeout(50);
  }
  await item.first().scrollIntoViewIfNeeded();
  return item.first();
}

/** Selects `text` inside the first target sentence holding it (as a reviewer's mouse would). */
async function selectInTarget(page: Page, text: string): Promise<void> {
  const sentence = await findInRows(page, targetRegion(page), text);
  await sentence.evaluate((p, wanted) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n.textContent ?? '').indexOf(wanted);
      if (at >= 0 && !n.parentElement?.closest('.row-no')) {
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + wanted.length);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        return;
      }
    }
    throw new Error(`"${wanted}" is not one text run of the sentence`);
  }, text);
}

describe('Review and correct the DESTA block (issue 4)', () => {
  let t: TestPage;
  beforeEach(async () => {
    t = await launchProfile();
  });
  afterEach(async (ctx) => {
    await finishTest(t, ctx);
  });

  it('apply, edit, dismiss, mark error → reload keeps everything and the MQM score; a second page follows live', async () => {
    const { page, context } = t;
    await page.goto('/');
    await waitForDocuments(page, 10);
    await documentEntries(page).first().click();

    // The reviewer supplies the English source first, so the score has words to count.
    await sourceRegion(page).getByRole('button', { name: 'Add source' }).click();
    await page.getByRole('textbox', { name: 'Source text' }).fill(DESTA_ABSTRACT);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => sentenceWith(sourceRegion(page), 'Distributive Exploration Safety Training Algorithm').count(), EVENTUALLY).toBe(1);

    // A second page on the same profile, open on the same block.
    const page2 = await context.newPage();
    await page2.goto('/');
    await waitForDocuments(page2, 10);
    await documentEntries(page2).first().click();
    await expect.poll(() => sentenceWith(targetRegion(page2), '分配探索安全培训算法').count(), EVENTUALLY).toBe(1);
    await page.bringToFront();

    // 1. Apply the suggestion for 分配探索安全培训算法 (the name is asked once).
    const desta = await findingWith(page, '分配探索安全培训算法', '分布式探索安全训练算法');
    await desta.getByRole('button', { name: 'Apply suggestion' }).click();
    const who = page.getByRole('dialog', { name: 'Who is reviewing?' });
    await who.getByRole('textbox', { name: 'Reviewer name' }).fill('李雷');
    await who.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => sentenceWith(targetRegion(page), '称为分布式探索安全训练算法(DESTA)').count(), EVENTUALLY).toBe(1);

    // 2. Edit another sentence (converge: 汇合 → 收敛).
    const theory = await findInRows(page, targetRegion(page), '从理论上讲');
    await theory.locator('xpath=..').getByRole('button', { name: 'Edit translation', exact: true }).click();
    const box = page.getByRole('textbox', { name: 'Translation' });
    const old = await box.inputValue();
    expect(old).toContain('汇合到稳定的点');
    await box.fill(old.replace('汇合到稳定的点', '收敛到稳定点'));
    await box.press('Control+Enter');
    await box.waitFor({ state: 'detached' });
    await expect.poll(() => sentenceWith(targetRegion(page), '收敛到稳定点').count(), EVENTUALLY).toBe(1);

    // 3. Dismiss one finding (Openai Gym: the reviewer keeps the MT's casing here).
    // The reviewer narrows the list to the check first.
    await findings(page).getByRole('combobox', { name: 'Check' }).selectOption('names.protected');
    const openai = await findingWith(page, 'Openai', 'OpenAI');
    await openai.getByRole('button', { name: 'Dismiss', exact: true }).click();
    const dismiss = page.getByRole('dialog', { name: 'Dismiss finding' });
    await dismiss.getByRole('textbox', { name: 'Reason (optional)' }).fill('保留原文写法');
    await dismiss.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect.poll(() => findings(page).locator('p').first().innerText(), EVENTUALLY).toMatch(/1 dismissed/);
    await findings(page).getByRole('combobox', { name: 'Check' }).selectOption('');

    // 4. Mark a Major Terminology error on 政策 (policy).
    await selectInTarget(page, '政策');
    await page.getByRole('toolbar', { name: 'Review actions' }).getByRole('button', { name: 'Mark error' }).click();
    const mark = page.getByRole('dialog', { name: 'Mark error' });
    await mark.getByRole('combobox', { name: 'Category' }).selectOption('Terminology');
    await mark.getByRole('radio', { name: 'Major' }).check();
    await mark.getByRole('textbox', { name: /Note/ }).fill('policy 应译为“策略”');
    await mark.getByRole('button', { name: 'Mark error' }).click();
    await expect.poll(() => annotations(page).getByRole('listitem').count(), EVENTUALLY).toBe(1);
    await expect.poll(() => scores(page).innerText(), EVENTUALLY).toMatch(/Document MQM\s+[\d.]+\s+·\s+pass\s+·\s+APT 5\b/);
    const before = await scores(page).innerText();
    await screenshot(page, 'review-corrected', { committed: true });

    // The second page shows the correction without a reload.
    await expect.poll(() => sentenceWith(targetRegion(page2), '称为分布式探索安全训练算法(DESTA)').count(), EVENTUALLY).toBe(1);
    await expect.poll(() => sentenceWith(targetRegion(page2), '收敛到稳定点').count(), EVENTUALLY).toBe(1);
    await expect.poll(() => annotations(page2).getByRole('listitem').count(), EVENTUALLY).toBe(1);
    await screenshot(page2, 'review-second-page');
    await page2.close();

    // Reload: everything is still there.
    await page.reload();
    await waitForDocuments(page, 10);
    await documentEntries(page).first().click();
    await expect.poll(() => sentenceWith(targetRegion(page), '称为分布式探索安全训练算法(DESTA)').count(), EVENTUALLY).toBe(1);
    expect(await sentenceWith(targetRegion(page), '收敛到稳定点').count()).toBe(1);
    await expect.poll(() => findings(page).locator('p').first().innerText(), EVENTUALLY).toMatch(/1 dismissed/);
    expect(await findings(page).getByRole('listitem').filter({ hasText: 'Openai' }).count()).toBe(0);
    const ann = annotations(page).getByRole('listitem');
    await expect.poll(() => ann.count(), EVENTUALLY).toBe(1);
    expect(await ann.innerText()).toMatch(/Major[\s\S]*Terminology[\s\S]*政策[\s\S]*policy 应译为“策略”/);
    await expect.poll(() => scores(page).innerText(), EVENTUALLY).toBe(before);
    // The words of the source normalise the penalty: 5 points over the abstract's words.
    const m = /Document MQM\s+([\d.]+)/.exec(before);
    expect(Number(m?.[1])).toBeGreaterThan(95);
    expect(Number(m?.[1])).toBeLessThan(100);

    // History holds both revisions of the target, by 李雷.
    await targetRegion(page).getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('dialog', { name: 'History' });
    await expect.poll(() => history.getByRole('list', { name: 'Revisions' }).getByRole('listitem').count(), EVENTUALLY).toBe(2);
    expect(await history.innerText()).toContain('李雷');
    await screenshot(page, 'review-history');
  });
});
