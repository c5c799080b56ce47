// Issue 6 in a real browser: corrections teach the glossary (培训 → 训练 in the DESTA and
// GPIA blocks), the candidate is approved and exported as TBX with its provenance, and a
// spot-check survives a reload.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EVENTUALLY, finishTest, launchProfile, screenshot, type TestPage } from './browser';
import { documentEntries, findInRows, targetRegion, waitForDocuments } from './reviewScreen';

const here = dirname(fileURLToPath(import.meta.url));
const TBX_RNG = resolve(here, '../../../shared/schemas/tbx-v3/TBXcoreStructV03_TBX-Basic_integrated.rng');

/** "Edit translation" on the target sentence holding `text`: replaces 培训 with 训练 and saves. */
async function correctSentence(page: Page, text: string): Promise<void> {
  const sentence = await findInRows(page, targetRegion(page), text);
  const cell = sentence.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " cell ")][1]');
  await cell.getByRole('button', { name: 'Edit translation', exact: true }).click();
  const box = page.getByRole('textbox', { name: 'Translation' });
  const before = await box.inputValue();
  expect(before).toContain('培训');
  await box.fill(before.replace('培训', '训练'));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // The first change asks once for the reviewer's name.
  const who = page.getByRole('dialog', { name: 'Who is reviewing?' });
  const asked = await who.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false);
  if (asked) {
    await who.getByRole('textbox', { name: 'Reviewer name' }).fill('Li Wei');
    await who.getByRole('button', { name: 'Continue' }).click();
  }
  await box.waitFor({ state: 'detached', timeout: 30_000 });
}

async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('main', { name }).waitFor();
}

describe('glossary from corrections (Chromium)', () => {
  let t: TestPage;
  beforeEach(async () => {
    t = await launchProfile();
  });
  afterEach(async (ctx) => {
    await finishTest(t, ctx);
  });

  it('培训→训练 in DESTA and GPIA → candidate with 2 pieces of evidence → approve → TBX export with provenance; a 5-pair spot-check resumes after reload', async () => {
    const { page } = t;
    await page.goto('/');
    await waitForDocuments(page, 10);

    await documentEntries(page).nth(0).click();
    await correctSentence(page, '分配探索安全培训算法');
    await documentEntries(page).nth(1).click();
    await correctSentence(page, '培训数据');

    await openScreen(page, 'Glossary');
    const candidate = page.getByRole('list', { name: 'Candidates' }).getByRole('listitem', { name: 'training: 培训 → 训练' });
    await candidate.waitFor({ timeout: 30_000 });
    const evidence = candidate.getByRole('list', { name: 'Evidence' }).getByRole('button');
    expect(await evidence.count()).toBe(2);
    expect(await evidence.allInnerTexts()).toEqual([expect.stringMatching(/^unit 1 · 强化学习/), expect.stringMatching(/^unit 2 · 随着机器学习/)]);
    await screenshot(page, 'glossary-candidates');

    await candidate.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => page.getByText(/Re-checked the project/).count(), EVENTUALLY).toBe(1);
    await screenshot(page, 'glossary', { committed: true });

    const dir = mkdtempSync(join(tmpdir(), 'duizhao-e2e-glossary-'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export glossary' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^duizhao-glossary-Seed-000_2c0d154558004bfd-\d{4}-\d{2}-\d{2}\.tbx$/);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const tbx = readFileSync(file, 'utf8');
    expect(tbx).toContain('<term>training</term>');
    expect(tbx).toMatch(/<term>训练<\/term>\s*<termNote type="administrativeStatus">preferredTerm-admn-sts<\/termNote>/);
    expect(tbx).toMatch(/<term>培训<\/term>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts<\/termNote>/);
    expect(tbx).toContain('<admin type="source">Learned by duizhao from corrections in: unit 1, unit 2</admin>');
    expect(tbx).toContain('<transacNote type="responsibility">Li Wei</transacNote>');
    expect(tbx).toMatch(/<date>\d{4}-\d{2}-\d{2}<\/date>/);
    if (existsSync(TBX_RNG)) {
      expect(() => execFileSync('xmllint', ['--noout', '--nonet', '--relaxng', TBX_RNG, file], { stdio: 'pipe' })).not.toThrow();
    } else console.warn('glossary e2e: ../shared/schemas/tbx-v3 not present, skipping TBX validation');

    // Spot-check: 5 pairs, judge three, reload, it resumes.
    await openScreen(page, 'Spot-check');
    await page.getByRole('spinbutton', { name: 'Sample size' }).fill('5');
    await page.getByRole('textbox', { name: 'Seed' }).fill('e2e-对照');
    await page.getByRole('button', { name: 'Draw sample' }).click();
    const pairs = page.getByRole('list', { name: 'Sampled pairs' }).getByRole('listitem');
    await expect.poll(() => pairs.count(), EVENTUALLY).toBe(5);
    const targets = await pairs.locator('p[lang="zh-Hans"]').allInnerTexts();
    await pairs.nth(0).getByRole('button', { name: 'Pass' }).click();
    await pairs.nth(1).getByRole('button', { name: 'Pass' }).click();
    await pairs.nth(2).getByRole('button', { name: 'Fail' }).click();
    await pairs.nth(2).getByRole('combobox', { name: 'MQM category' }).selectOption('Terminology');
    const estimate = page.getByRole('status', { name: 'Estimate' });
    await expect.poll(() => estimate.innerText(), EVENTUALLY).toContain('Judged 3 of 5 · 1 failed');
    await screenshot(page, 'spotcheck', { committed: true });
    // Printable page: the tabs and buttons are not printed, every pair is.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Screens' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Draw sample' }).isVisible()).toBe(false);
    expect(await pairs.nth(4).isVisible()).toBe(true);
    await screenshot(page, 'spotcheck-print');
    await page.emulateMedia({ media: 'screen' });
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^duizhao-spotcheck-Seed-000_2c0d154558004bfd-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvFile = join(dir, csv.suggestedFilename());
    await csv.saveAs(csvFile);
    const csvText = readFileSync(csvFile, 'utf8');
    expect(csvText.split('\r\n')[0]).toBe('#,unit,document,sentence,source,target,flagged,verdict,mqm_category,note');
    expect(csvText).toContain(',fail,Terminology,');

    await page.reload();
    await page.getByRole('main', { name: 'Spot-check' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => pairs.count(), EVENTUALLY).toBe(5);
    expect(await pairs.locator('p[lang="zh-Hans"]').allInnerTexts()).toEqual(targets);
    expect(await pairs.nth(0).getByRole('button', { name: 'Pass' }).getAttribute('aria-pressed')).toBe('true');
    expect(await pairs.nth(2).getByRole('button', { name: 'Fail' }).getAttribute('aria-pressed')).toBe('true');
    expect(await pairs.nth(2).getByRole('combobox', { name: 'MQM category' }).inputValue()).toBe('Terminology');
    expect(await pairs.nth(3).getByRole('button', { name: 'Pass' }).getAttribute('aria-pressed')).toBe('false');
    expect(await estimate.innerText()).toContain('Judged 3 of 5 · 1 failed');
  });

  it('Terms: a concordance of 代理 on the seed, and the Dashboard charts the seed\'s findings', async () => {
    const { page } = t;
    await page.goto('/');
    await waitForDocuments(page, 10);
    await openScreen(page, 'Terms');
    await page.getByRole('searchbox', { name: 'Search a term (English or Chinese)' }).fill('代理');
    await expect.poll(() => page.getByText(/occurrences of “代理”/).count(), EVENTUALLY).toBe(1);
    const lines = page.getByRole('list', { name: 'Occurrences' }).getByRole('listitem');
    expect(await lines.count()).toBeGreaterThan(2);
    expect(await page.getByRole('table', { name: 'Consistency' }).count()).toBe(1);
    await screenshot(page, 'terms', { committed: true });

    await openScreen(page, 'Dashboard');
    const byCheck = page.getByRole('table', { name: 'Findings by check' });
    await byCheck.waitFor({ state: 'attached', timeout: 60_000 });
    expect(await byCheck.getByRole('row').count()).toBeGreaterThan(2);
    expect(await page.getByRole('table', { name: 'MQM score per document' }).getByRole('row').count()).toBe(11);
    await screenshot(page, 'dashboard', { committed: true });
  });

  it('Terms panel: writing the missing translation of an English block, a click inserts the approved Chinese of a source term', async () => {
    const { page } = t;
    await page.goto('/');
    await waitForDocuments(page, 10);
    await documentEntries(page).nth(2).click(); // "Masked image modeling (MIM) …", no translation yet
    const panel = page.getByRole('region', { name: 'Terms' });
    const terms = panel.getByRole('list', { name: 'Terms in the source' });
    await terms.waitFor({ timeout: 30_000 });
    expect(await terms.innerText()).toContain('→');
    await targetRegion(page).getByRole('button', { name: 'Add translation' }).click();
    const box = page.getByRole('textbox', { name: 'Translation' });
    await box.fill('我们研究');
    const first = panel.getByRole('button').first();
    const label = await first.innerText();
    const zh = /→ (\S+)$/.exec(label.trim())?.[1] ?? '';
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    await first.click();
    await expect.poll(() => box.inputValue(), EVENTUALLY).toBe(`我们研究${zh}`);
    await screenshot(page, 'review-terms-panel', { committed: true });
  });
});
