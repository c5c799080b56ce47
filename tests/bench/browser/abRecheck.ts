// A/B of the full re-check: the finding chunks written by a second worker or by the
// checking worker itself (default), alternated on the same project in one browser session.
// npx tsx tests/bench/browser/abRecheck.ts [--units 30000 --rounds 3]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { serveApp } from './serveApp';
import { writeBenchFiles } from './writeBenchFiles';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

async function recheck(page: Page, separateWriter: boolean): Promise<string> {
  await page.evaluate((w) => ((globalThis as { duizhaoRecheckWriter?: boolean }).duizhaoRecheckWriter = w), separateWriter);
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Re-check project' }).click();
  await page.getByRole('status', { name: 'Re-check' }).waitFor();
  const ms = Date.now() - t0;
  const phases = await page.evaluate(() => (performance.getEntriesByName('duizhao:recheck:done').pop() as PerformanceMark | undefined)?.detail as Record<string, number>);
  return `${separateWriter ? 'writer worker' : 'same worker  '} ${(ms / 1000).toFixed(1)} s — ${Object.entries(phases ?? {}).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(', ')}`;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-ab-'));
  const profile = mkdtempSync(join(tmpdir(), 'duizhao-ab-profile-'));
  const files = writeBenchFiles(dir, arg('units', 30_000), 1, 10_000);
  const app = await serveApp(root);
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'], baseURL: app.url });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(5 * 60_000);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Documents' }).getByRole('listitem').nth(9).waitFor();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import', exact: true }).click()]);
    await chooser.setFiles(files.tsv);
    console.log('importing…');
    await page.waitForFunction(() => document.querySelector('[aria-label="Aligned sentences"] [data-row-index]') && [...document.querySelectorAll('[role="status"][aria-label="Import"]')].some((e) => e.textContent?.includes('Imported')));
    console.log('imported; termbase…');
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Glossary' }).click();
    await page.getByLabel(/^Termbase file/).setInputFiles(files.tbx);
    const confirm = page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true });
    const imported = page.getByText(/^Imported [\d,]+ entr/);
    await Promise.race([confirm.waitFor().then(() => confirm.click()), imported.waitFor()]);
    await imported.waitFor();
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Review' }).click();
    await page.waitForTimeout(5000);
    console.log('re-checks:');
    for (let r = 0; r < arg('rounds', 3); r++) {
      console.log(await recheck(page, r % 2 === 1));
      console.log(await recheck(page, r % 2 === 0));
    }
  } finally {
    await context.close();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
