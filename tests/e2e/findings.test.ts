// Issue 3's "the app shows the same findings": the browser's Findings for seed blocks
// against the CLI's JSON for the same file (same engine, built-in termbase).
import { dirname, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { main } from '../../src/cli/main';
import { EVENTUALLY } from './browser';
import { useSeedPage } from './useSeedPage';
import { allListItems, documentEntries, sentenceWith, targetRegion } from './reviewScreen';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '../..');
const SEED = 'seeds/000_2c0d154558004bfd.txt';

interface CliFinding {
  unit: string;
  check: string;
  severity: string;
  target: { start: number; end: number; text: string } | null;
  suggestion: string | null;
}

async function cliFindings(): Promise<CliFinding[]> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  const code = await main(['check', SEED, '--format', 'json'], {
    stdout,
    stderr,
    stdin: new PassThrough(),
    cwd: ROOT,
  });
  expect(code, 'duizhao check on the seed').toBe(0);
  const json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { findings: CliFinding[] };
  return json.findings;
}

function findingsRegion(page: Page) {
  return page.getByRole('region', { name: 'Findings' });
}

const SUMMARY = /^\s*(\d+ (critical|major|minor|info))( · \d+ (critical|major|minor|info))*\s*$|^\s*No findings/m;

/** The Findings summary line ("26 major · 32 minor") → counts by severity, once checking is done. */
async function summary(page: Page): Promise<Record<string, number>> {
  const region = findingsRegion(page);
  await expect.poll(() => region.innerText(), EVENTUALLY).toMatch(SUMMARY);
  const line = SUMMARY.exec(await region.innerText())?.[0] ?? '';
  const counts: Record<string, number> = {};
  for (const m of line.matchAll(/(\d+) (critical|major|minor|info)/g)) counts[m[2]] = Number(m[1]);
  return counts;
}

/** Item i of the Findings list shows the CLI's finding i: severity, span (when short) and suggestion. */
async function expectSameItems(page: Page, findings: CliFinding[]): Promise<string[]> {
  const texts = await allListItems(page, findingsRegion(page).getByRole('list'));
  expect(texts).toHaveLength(findings.length);
  findings.forEach((f, i) => {
    const where = `Findings item ${i + 1} (CLI: ${f.check} ${f.target?.text ?? ''})`;
    expect(texts[i], where).toContain(f.severity);
    if (f.target && f.target.text.length <= 60) expect(texts[i], where).toContain(f.target.text);
    if (f.suggestion) expect(texts[i], where).toContain(f.suggestion);
  });
  return texts;
}

function countBySeverity(findings: CliFinding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  return counts;
}

describe('Findings in Chromium match the CLI on the seed', () => {
  let cli: CliFinding[];
  const t = useSeedPage();
  beforeAll(async () => {
    cli = await cliFindings();
  });

  it('DESTA block: same counts by severity as `duizhao check`, the DESTA finding first, its span marked', async () => {
    const { page } = t;
    const unit1 = cli.filter((f) => f.unit === '1');
    expect(unit1.length).toBeGreaterThan(0);
    await documentEntries(page).first().click();
    // The previous document's summary stays until the new one is checked: wait for this one's.
    await expect.poll(() => summary(page), EVENTUALLY).toEqual(countBySeverity(unit1));
    const texts = await expectSameItems(page, unit1);
    expect(texts[0]).toContain('分配探索安全培训算法');
    expect(texts[0]).toContain('分布式探索安全训练算法');

    const marks = targetRegion(page).locator('mark');
    await expect.poll(() => marks.allInnerTexts(), EVENTUALLY).toContain('分配探索安全培训算法');
    // Names kept in English are correct and must not be marked.
    const sentence = sentenceWith(targetRegion(page), 'Lunar Lander');
    const marked = (await sentence.locator('mark').allInnerTexts()).join(' ');
    for (const name of ['Lunar Lander', 'Frozen Lake', 'DESTA']) expect(marked).not.toContain(name);
    expect(marked).toContain('Openai');
  });

  it('an English block under "translated by": the same findings as the CLI, the untranslated one among them', async () => {
    const { page } = t;
    const unit3 = cli.filter((f) => f.unit === '3');
    expect(unit3.some((f) => f.check === 'untranslated')).toBe(true);
    await documentEntries(page).nth(2).click();
    // The previous document's summary stays until the new one is checked: wait for this one's.
    await expect.poll(() => summary(page), EVENTUALLY).toEqual(countBySeverity(unit3));
    await expectSameItems(page, unit3);
  });
});
