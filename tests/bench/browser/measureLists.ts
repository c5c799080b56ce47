import type { Page } from 'playwright-core';

export interface ListCounts {
  documentItems: number;
  documentSetSize: number;
  rowCells: number;
  domElements: number;
}

/** Scrolls the scrolling ancestor of `selector` to the end and waits two frames. */
async function scrollToEnd(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    let el = document.querySelector(sel) as HTMLElement | null;
    while (el && !(el.scrollHeight > el.clientHeight && /(auto|scroll)/.test(getComputedStyle(el).overflowY))) el = el.parentElement;
    if (el) el.scrollTop = el.scrollHeight;
  }, selector);
  for (let i = 0; i < 5; i++) await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** DOM sizes of the virtualized lists after scrolling each to its end. */
export async function measureLists(page: Page): Promise<ListCounts> {
  await scrollToEnd(page, 'nav[aria-label="Documents"] li');
  await scrollToEnd(page, '[aria-label="Aligned sentences"] [data-row-index]');
  return page.evaluate(() => {
    const items = document.querySelectorAll('nav[aria-label="Documents"] li');
    return {
      documentItems: items.length,
      documentSetSize: Number(items[items.length - 1]?.getAttribute('aria-setsize') ?? 0),
      rowCells: document.querySelectorAll('[aria-label="Aligned sentences"] [data-row-index]').length,
      domElements: document.getElementsByTagName('*').length,
    };
  });
}
