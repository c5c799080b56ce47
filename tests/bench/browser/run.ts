// npm run bench:browser [-- --units 100000 --per-doc 1 --terms 10000]
// Drives Debian's Chromium (playwright-core, /usr/bin/chromium) through the scale scenario
// of issue 7 on generated data and prints a table: import time, time to first render after
// opening, full re-check time against a 10,000-entry termbase, the longest main-thread task
// (PerformanceObserver 'longtask') during import and re-check, and DOM row counts after
// scrolling the lists to the end. Figures, not assertions.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { serveApp } from './serveApp';
import { writeBenchFiles } from './writeBenchFiles';
import { measureLists, type ListCounts } from './measureLists';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Long tasks (> 50 ms) of the page since the last reset: count and longest. */
const LONGTASK_INIT = `
  window.__longtasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) { window.__longtasks = null; }
`;

async function resetLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __longtasks: number[] }).__longtasks = []));
}

/** Long tasks since the last reset, optionally only those starting before / after `splitAt` (page time, ms). */
async function longTasks(page: Page, part?: { before?: number; after?: number }): Promise<{ count: number; over100: number; longest: number }> {
  // Let the observer deliver the last entries.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
  const raw = await page.evaluate(() => (window as unknown as { __longtasks: [number, number][] | null }).__longtasks);
  if (!raw) return { count: -1, over100: -1, longest: -1 };
  const list = raw.filter(([t]) => (part?.before === undefined || t < part.before) && (part?.after === undefined || t >= part.after)).map(([, d]) => d);
  return { count: list.length, over100: list.filter((d) => d > 100).length, longest: list.length ? Math.max(...list) : 0 };
}

async function main(): Promise<void> {
  const units = arg('units', 100_000);
  const perDoc = arg('per-doc', 1);
  const terms = arg('terms', 10_000);
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-bench-browser-'));
  const profile = mkdtempSync(join(tmpdir(), 'duizhao-bench-profile-'));
  console.log(`bench:browser — generating ${units.toLocaleString('en')} units (${perDoc} per document) and a ${terms.toLocaleString('en')}-entry termbase…`);
  const files = writeBenchFiles(dir, units, perDoc, terms);
  console.log(`  ${files.tsv} (${(statSync(files.tsv).size / 1_048_576).toFixed(1)} MB), ${files.tbx}`);
  console.log('  building the app (vite build) and starting vite preview…');
  const app = await serveApp(root);
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', baseURL: app.url });
  const rows: [string, string][] = [];
  const add = (what: string, value: string) => {
    rows.push([what, value]);
    console.log(`  ${what}: ${value}`);
  };
  try {
    await context.addInitScript(LONGTASK_INIT);
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15 * 60_000);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Documents' }).getByRole('listitem').nth(9).waitFor();

    // 1. Import (worker parses and writes in chunks).
    await resetLongTasks(page);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import', exact: true }).click()]);
    const t0 = Date.now();
    await chooser.setFiles(files.tsv);
    await page.getByRole('progressbar', { name: /^Importing / }).waitFor({ state: 'visible' });
    const noticeAt = Number(
      await (await page.waitForFunction(() => ([...document.querySelectorAll('[role="status"][aria-label="Import"]')].some((e) => e.textContent?.includes('Imported')) ? performance.now() : null), undefined, { polling: 'raf' })).jsonValue(),
    );
    const importMs = Date.now() - t0;
    // Let the imported project open (first entries and rows) before counting.
    await page.waitForFunction(() => document.querySelector('[aria-label="Aligned sentences"] [data-row-index]'), undefined, { polling: 'raf' });
    await page.waitForTimeout(1500);
    const during = await longTasks(page, { before: noticeAt });
    const opening = await longTasks(page, { after: noticeAt });
    add('import (pick → "Imported")', `${(importMs / 1000).toFixed(1)} s`);
    add('import: longest main-thread task while importing', `${during.longest.toFixed(0)} ms (${during.over100} tasks > 100 ms, ${during.count} > 50 ms)`);
    add('import: longest task opening the new project', `${opening.longest.toFixed(0)} ms (${opening.over100} tasks > 100 ms, ${opening.count} > 50 ms)`);

    // 2. First screen after opening (reload: the imported project opens as the last used).
    await page.reload();
    const firstList = await page.waitForFunction(() => (document.querySelector('nav[aria-label="Documents"] li') ? performance.now() : null), undefined, { polling: 'raf' });
    const firstRows = await page.waitForFunction(() => (document.querySelector('[aria-label="Aligned sentences"] [data-row-index]') ? performance.now() : null), undefined, { polling: 'raf' });
    add('first render after opening: document list', `${Number(await firstList.jsonValue()).toFixed(0)} ms`);
    add('first render after opening: sentence rows', `${Number(await firstRows.jsonValue()).toFixed(0)} ms`);

    // 3. 10,000-entry termbase via the Glossary screen, then a full re-check in the worker.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Glossary' }).click();
    const tb0 = Date.now();
    await page.getByLabel(/^Termbase file/).setInputFiles(files.tbx);
    const confirm = page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true });
    const imported = page.getByText(/^Imported [\d,]+ entr/);
    await Promise.race([confirm.waitFor().then(() => confirm.click()), imported.waitFor()]);
    await imported.waitFor();
    add('termbase import (Glossary screen)', `${((Date.now() - tb0) / 1000).toFixed(1)} s — ${await imported.innerText()}`);
    await resetLongTasks(page);
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Review' }).click();
    // Let the review screen settle (it compiles the new termbase for its own panels) before
    // measuring the re-check, and report what that cost separately.
    let settle = 0;
    for (let i = 0; i < 30; i++) {
      const lt = await longTasks(page);
      settle = Math.max(settle, lt.longest);
      await resetLongTasks(page);
      await page.waitForTimeout(2000);
      if ((await longTasks(page)).count === 0) break;
    }
    add('back on Review after the termbase import: longest task', `${settle.toFixed(0)} ms (not the re-check: the screen's own termbase work)`);

    await resetLongTasks(page);
    const r0 = Date.now();
    await page.getByRole('button', { name: 'Re-check project' }).click();
    const done = page.getByRole('status', { name: 'Re-check' });
    await done.waitFor();
    const recheckMs = Date.now() - r0;
    const recheckTasks = await longTasks(page);
    add('full re-check (built-in + 10k termbase)', `${(recheckMs / 1000).toFixed(1)} s — ${await done.innerText()}`);
    add('re-check: longest main-thread task', `${recheckTasks.longest.toFixed(0)} ms (${recheckTasks.over100} tasks > 100 ms, ${recheckTasks.count} > 50 ms)`);

    // 4. Bounded lists.
    const lists: ListCounts = await measureLists(page);
    add('documents list after scrolling to the end', `${lists.documentItems} items in the DOM of ${lists.documentSetSize.toLocaleString('en')}`);
    add('sentence rows in the DOM (open document)', `${lists.rowCells} cells`);
    add('DOM elements in the page', lists.domElements.toLocaleString('en'));
  } finally {
    await context.close();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`\nduizhao bench:browser — ${units.toLocaleString('en')} units, ${files.documents.toLocaleString('en')} documents, ${terms.toLocaleString('en')}-entry termbase, Chromium ${CHROMIUM}`);
  console.log(`${'measure'.padEnd(width)} | value`);
  console.log(`${'-'.repeat(width)}-|-${'-'.repeat(40)}`);
  for (const [k, v] of rows) console.log(`${k.padEnd(width)} | ${v}`);
}

main().catch((err: unknown) => {
  console.error(`bench:browser failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
});
