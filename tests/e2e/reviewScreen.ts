// Locators for the review screen, by role and accessible name, as a user finds things.
import type { Locator, Page } from 'playwright-core';

export const SEED_PROJECT_NAME = 'Seed 000_2c0d154558004bfd';

export function documentsNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Documents' });
}

/** The entries of the "Documents" list (each with a title and a status; click one to open it). */
export function documentEntries(page: Page): Locator {
  return documentsNav(page).getByRole('listitem');
}

export function sourceRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Source (English)' });
}

export function targetRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Target (Chinese)' });
}

/** Waits until the seed (or whatever is stored) is open and its document list shows `count` entries. */
export async function waitForDocuments(page: Page, count: number): Promise<void> {
  await documentEntries(page).nth(count - 1).waitFor({ state: 'visible' });
}

/** The status texts of the visible document entries, in list order. */
export async function entryStatuses(page: Page): Promise<string[]> {
  const texts = await documentEntries(page).allInnerTexts();
  return texts.map((t) => {
    const m = /machine translated|translation missing|source missing/.exec(t);
    return m ? m[0] : `(no status in "${t.replace(/\s+/g, ' ')}")`;
  });
}

/**
 * The sentence (paragraph) of `region` whose text contains `text`, even when flagged spans
 * inside it are separate elements (`<mark>`).
 */
export function sentenceWith(region: Locator, text: string): Locator {
  return region.locator('p', { hasText: text }).first();
}

/**
 * The sentence rows are virtualized: scrolls the aligned-sentences pane until a sentence
 * holding `text` shows inside `region`, and returns that sentence.
 */
export async function findInRows(page: Page, region: Locator, text: string): Promise<Locator> {
  const hit = sentenceWith(region, text);
  const scroller = page.getByRole('group', { name: 'Aligned sentences' });
  await scroller.evaluate((el) => {
    el.scrollTop = 0;
  });
  for (let i = 0; i < 200; i++) {
    if ((await hit.count()) > 0) {
      await hit.scrollIntoViewIfNeeded();
      return hit;
    }
    const moved = await scroller.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop = before + Math.max(100, el.clientHeight * 0.8);
      return el.scrollTop !== before;
    });
    if (!moved) break;
    await nextFrames(page); // let the virtualizer render the rows scrolled into view
  }
  throw new Error(`"${text}" is not shown in any row of the region; the rows do not hold it.`);
}

/** Resolves after the page has painted two more frames. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/**
 * Every item of a virtualized list (`ul` whose `li`s carry aria-posinset/aria-setsize),
 * in order: scrolls the list's scrolling ancestor from top to bottom collecting the texts.
 */
export async function allListItems(page: Page, list: Locator): Promise<string[]> {
  const items = list.getByRole('listitem');
  if ((await items.count()) === 0) return [];
  const size = Number(await items.first().getAttribute('aria-setsize'));
  const texts = new Map<number, string>();
  const scroll = (to: 'top' | 'next') =>
    list.evaluate((ul, where) => {
      let el: HTMLElement | null = ul.parentElement;
      while (el && !(el.scrollHeight > el.clientHeight && /(auto|scroll)/.test(getComputedStyle(el).overflowY))) {
        el = el.parentElement;
      }
      if (!el) return false;
      const before = el.scrollTop;
      el.scrollTop = where === 'top' ? 0 : before + Math.max(50, el.clientHeight * 0.8);
      return el.scrollTop !== before;
    }, to);
  await scroll('top');
  await nextFrames(page);
  for (let guard = 0; guard < 1000; guard++) {
    const batch = await items.evaluateAll((lis) =>
      lis.map((li) => [Number(li.getAttribute('aria-posinset')), (li as HTMLElement).innerText] as [number, string]),
    );
    for (const [pos, text] of batch) texts.set(pos, text);
    if (texts.size >= size) break;
    if (!(await scroll('next'))) break;
    await nextFrames(page);
  }
  return Array.from({ length: size }, (_, i) => texts.get(i + 1) ?? `(item ${i + 1} never rendered)`);
}
