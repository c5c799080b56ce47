// Issue 7 item 3 on the Glossary and Dashboard screens, in a real browser: a 20,000-unit
// project (10,001 documents) and a 10,000-entry termbase. The Glossary screen shows
// "Compiling termbase…" (the glossary worker compiles) and then its entries, the flagged-units
// list after approving a candidate and the Dashboard's per-document table stay bounded after
// scrolling to their end. Assertions on the DOM only, no timings.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { EVENTUALLY, screenshot } from './browser';
import { useSeedPage } from './useSeedPage';
import { findInRows, nextFrames, targetRegion } from './reviewScreen';

const CODEBOOK: [string, string] = ['We learn a codebook of discrete image tokens', '我们学习离散图像标记的代码簿'];
const OTHERS: [string, string][] = [
  ['The policy gradient converges to a stable point', '策略梯度收敛到一个稳定点'],
  ['Membership inference attacks leak training data', '成员推断攻击泄露了训练数据'],
];

/** 20,000 units: 10,000 one-unit abstracts, then one 10,000-unit document; every odd unit renders "codebook" as 代码簿. */
function project20k(): Buffer {
  const lines = ['id\tdocument\tsource\ttarget'];
  for (let n = 1; n <= 20_000; n++) {
    const [en, zh] = n % 2 === 1 ? CODEBOOK : OTHERS[(n / 2) % 2];
    const doc = n <= 10_000 ? `abstract ${n}` : 'arXiv batch 2024-06';
    lines.push(`u${n}\t${doc}\tUnit ${n}: ${en}.\t第${n}单元：${zh}。`);
  }
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

/** A 10,000-entry termbase as CSV (made-up terms: none clashes with the built-in one). */
function termbase10k(): Buffer {
  const rows = ['en,zh,status'];
  for (let i = 0; i < 10_000; i++) rows.push(`synthetic widget ${i.toString(36)},合成部件${i},preferred`);
  return Buffer.from(rows.join('\r\n') + '\r\n', 'utf8');
}

async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('main', { name }).waitFor();
}

/** Scrolls the scrolling ancestor of `inner` to its end, a few times (the virtualizer re-measures). */
async function scrollToEnd(page: Page, inner: Locator): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await inner.evaluate((start) => {
      let el = start as HTMLElement | null;
      while (el && !(el.scrollHeight > el.clientHeight && /(auto|scroll)/.test(getComputedStyle(el).overflowY))) el = el.parentElement;
      if (!el) throw new Error('no scrolling ancestor');
      el.scrollTop = el.scrollHeight;
    });
    await nextFrames(page);
  }
}

/** Records every text the "Termbase" status shows from now on (a MutationObserver in the page). */
async function recordTermbaseStatus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __termbaseStatus: string[] }).__termbaseStatus = seen;
    const note = () => {
      const el = document.querySelector('[role="status"][aria-label="Termbase"]');
      const text = el?.textContent ?? '';
      const withTable = !!document.querySelector('[role="table"][aria-label="Termbase entries"] [role="row"][aria-rowindex="2"]');
      const entry = `${text}${withTable ? ' [entries shown]' : ''}`;
      if (text && seen[seen.length - 1] !== entry) seen.push(entry);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
    note();
  });
}

describe('Glossary and Dashboard lists at 20,000 units (Chromium)', () => {
  const t = useSeedPage();

  it('compiling state then entries, a bounded flagged-units list after Approve, and a bounded Dashboard document table', async () => {
    const { page } = t;
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import', exact: true }).click()]);
    await chooser.setFiles({ name: 'codebook-20k.tsv', mimeType: 'text/tab-separated-values', buffer: project20k() });
    const notice = page.getByRole('status', { name: 'Import' }).filter({ hasText: 'Imported codebook-20k.tsv' });
    await notice.waitFor({ timeout: 180_000 });
    expect(await notice.innerText()).toContain('10,001 documents, 20,000 units');

    // One correction in the review: 代码簿 → 码本 in unit 1.
    await targetRegion(page).getByText('第1单元').first().waitFor({ timeout: 60_000 });
    const sentence = await findInRows(page, targetRegion(page), '第1单元');
    const cell = sentence.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " cell ")][1]');
    await cell.getByRole('button', { name: 'Edit translation', exact: true }).click();
    const box = page.getByRole('textbox', { name: 'Translation' });
    await box.fill((await box.inputValue()).replace('代码簿', '码本'));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const who = page.getByRole('dialog', { name: 'Who is reviewing?' });
    if (await who.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false)) {
      await who.getByRole('textbox', { name: 'Reviewer name' }).fill('Li Wei');
      await who.getByRole('button', { name: 'Continue' }).click();
    }
    await box.waitFor({ state: 'detached', timeout: 30_000 });

    // Glossary: a 10,000-entry termbase, imported by the glossary worker with a progress bar.
    await openScreen(page, 'Glossary');
    const termbase = page.getByRole('status', { name: 'Termbase' });
    await expect.poll(() => termbase.innerText(), EVENTUALLY).toMatch(/^Termbase ready/);
    await recordTermbaseStatus(page);
    await page.getByLabel(/^Termbase file/).setInputFiles({ name: 'widgets-10k.csv', mimeType: 'text/csv', buffer: termbase10k() });
    await page.getByText('Imported 10,000 entries from widgets-10k.csv.').waitFor({ timeout: 120_000 });
    // The new entries are compiled in the worker: "Compiling termbase…", then ready with them.
    await expect.poll(() => termbase.innerText(), { ...EVENTUALLY, timeout: 120_000 }).toMatch(/^Termbase ready: 1\d,\d{3} entries compiled \(built-in and 1 stored termbase\)/);
    const seen = await page.evaluate(() => (window as unknown as { __termbaseStatus: string[] }).__termbaseStatus);
    const compiling = seen.findIndex((s) => s.startsWith('Compiling termbase…'));
    expect(compiling, `the status went through "Compiling termbase…": ${JSON.stringify(seen)}`).toBeGreaterThanOrEqual(0);
    expect(seen.slice(compiling).some((s) => s.startsWith('Termbase ready'))).toBe(true);
    // While it compiled, the page kept rendering: the entries table was on screen.
    expect(seen.some((s) => s.startsWith('Compiling termbase…') && s.endsWith('[entries shown]'))).toBe(true);
    const entries = page.getByRole('table', { name: 'Termbase entries' });
    await page.getByRole('searchbox', { name: 'Search terms' }).fill('synthetic widget 7p');
    await expect.poll(() => entries.getByRole('row').nth(1).innerText(), EVENTUALLY).toContain('合成部件');

    // The candidate learned from the one correction (its English is not certain from one
    // unit: the reviewer types it); Approve re-checks the 20,000 units.
    const candidate = page.getByRole('list', { name: 'Candidates' }).getByRole('listitem', { name: /代码簿 → 码本$/ });
    await candidate.waitFor({ timeout: 60_000 });
    expect(await candidate.innerText()).toContain('English term missing');
    await candidate.getByRole('button', { name: 'Edit' }).click();
    await candidate.getByRole('group', { name: 'Edit candidate' }).getByRole('textbox', { name: 'English term' }).fill('codebook');
    await candidate.getByRole('button', { name: 'Approve' }).click();
    const done = page.getByText(/Re-checked the project/);
    await done.waitFor({ timeout: 180_000 });
    expect(await done.innerText()).toContain('代码簿 is now flagged in 9,999 units');
    const flagged = page.getByRole('list', { name: 'Units now flagged' }).getByRole('listitem');
    expect(await flagged.first().innerText()).toMatch(/^unit u3 · abstract 3/);
    await scrollToEnd(page, flagged.first());
    await expect.poll(() => flagged.last().innerText(), EVENTUALLY).toMatch(/^unit u19999 · arXiv batch/);
    expect(await flagged.count()).toBeLessThan(300);
    expect(await flagged.last().getAttribute('aria-setsize')).toBe('9999');
    await screenshot(page, 'scale-glossary-flagged');

    // Dashboard: 10,001 documents, a window of rows in the page.
    await openScreen(page, 'Dashboard');
    const scores = page.getByRole('table', { name: 'MQM score per document' });
    await scores.waitFor({ timeout: 180_000 });
    expect(await page.getByRole('status').filter({ hasText: /findings in 20,000 units; 1 corrected/ }).count()).toBe(1);
    expect(await scores.getAttribute('aria-rowcount')).toBe('10002');
    const rows = scores.getByRole('row');
    await scrollToEnd(page, rows.nth(1));
    await expect.poll(() => rows.last().innerText(), EVENTUALLY).toContain('arXiv batch 2024-06');
    expect(await rows.count()).toBeLessThan(300);
    expect(await scores.getByRole('row', { name: /abstract 1\b/ }).count()).toBe(0);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(5000);
    await screenshot(page, 'scale-dashboard');
  }, 600_000);
});
