import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeScan, describeViolations } from './axeScan';
import { EVENTUALLY } from './browser';
import { useSeedPage } from './useSeedPage';

/**
 * Each screen of the seed in a state with content: the Findings list filled, a concordance
 * looked up, a spot-check sample drawn, the Dashboard's tables computed.
 */
const SCREENS: [string, (page: Page) => Promise<void>][] = [
  [
    'Review',
    async (page) => {
      const findings = page.getByRole('region', { name: 'Findings' }).getByRole('listitem');
      await expect.poll(() => findings.count(), EVENTUALLY).toBeGreaterThan(0);
    },
  ],
  ['Glossary', (page) => page.getByRole('table', { name: 'Termbase entries' }).waitFor()],
  [
    'Terms',
    async (page) => {
      await page.getByRole('searchbox', { name: 'Search a term (English or Chinese)' }).fill('代理');
      await page.getByRole('list', { name: 'Occurrences' }).getByRole('listitem').first().waitFor();
    },
  ],
  [
    'Spot-check',
    async (page) => {
      await page.getByRole('spinbutton', { name: 'Sample size' }).fill('3');
      await page.getByRole('button', { name: 'Draw sample' }).click();
      await page.getByRole('list', { name: 'Sampled pairs' }).getByRole('listitem').first().waitFor();
    },
  ],
  ['Dashboard', (page) => page.getByRole('table', { name: 'Findings by check' }).waitFor({ timeout: 60_000 })],
];

describe('accessibility: axe-core (WCAG 2.1 A/AA rules) on the seed', () => {
  const t = useSeedPage();

  for (const scheme of ['light', 'dark'] as const) {
    it(`no violations on any screen in the ${scheme} theme`, async () => {
      const { page } = t;
      await page.emulateMedia({ colorScheme: scheme });
      const found: string[] = [];
      for (const [name, ready] of SCREENS) {
        await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name }).click();
        await ready(page);
        const vs = await axeScan(page);
        if (vs.length) found.push(`${name}:\n${describeViolations(vs)}`);
      }
      expect(found.join('\n\n'), 'axe-core violations').toBe('');
    }, 180_000);
  }

  it('no violations in the review screen\'s editors, dialogs and menus', async () => {
    const { page } = t;
    const found: string[] = [];
    const scan = async (what: string) => {
      const vs = await axeScan(page);
      if (vs.length) found.push(`${what}:\n${describeViolations(vs)}`);
    };
    // An English block with the "Translation" editor open.
    await page.getByRole('navigation', { name: 'Documents' }).getByRole('button', { name: /Masked image modeling/ }).click();
    await page.getByRole('region', { name: 'Target (Chinese)' }).getByRole('button', { name: 'Add translation' }).click();
    await page.getByRole('textbox', { name: 'Translation' }).waitFor();
    await scan('Translation editor');
    await page.keyboard.press('Escape');

    const dialogs: [string, () => Promise<void>][] = [
      ['Shortcuts', () => page.getByRole('button', { name: 'Shortcuts' }).click()],
      ['Export', () => page.getByRole('button', { name: 'Export', exact: true }).click()],
      [
        'Settings',
        async () => {
          await page.getByRole('button', { name: 'Workspace' }).click();
          await page.getByRole('menu').waitFor();
          await scan('Workspace menu');
          await page.getByRole('menuitem', { name: 'Settings' }).click();
        },
      ],
    ];
    for (const [name, open] of dialogs) {
      await open();
      await page.getByRole('dialog').first().waitFor();
      await scan(`${name} dialog`);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count(), EVENTUALLY).toBe(0);
    }
    expect(found.join('\n\n'), 'axe-core violations').toBe('');
  }, 120_000);
});
