// The harness itself: the built app is served and opens in Chromium without errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { INITIAL_JS_BUDGET_KB, initialScriptPaths } from '../bench/browser/initialScripts';
import { assertNoPageErrors, EVENTUALLY, baseURL, launchBrowser, newTestPage } from './browser';

describe('built app in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('serves index.html from vite preview with the duizhao title and no uncaught errors', async () => {
    const t = await newTestPage(browser);
    try {
      const response = await t.page.goto(baseURL());
      expect(response?.status()).toBe(200);
      await expect.poll(() => t.page.title(), EVENTUALLY).toMatch(/duizhao/i);
      assertNoPageErrors(t.errors);
    } finally {
      await t.close();
    }
  });

  it('answers an unknown path with the app shell (SPA fallback), not a server error', async () => {
    const t = await newTestPage(browser);
    try {
      const response = await t.page.goto(new URL('no/such/page', baseURL()).href);
      expect(response?.status()).toBeLessThan(500);
      await expect.poll(() => t.page.title(), EVENTUALLY).toMatch(/duizhao/i);
    } finally {
      await t.close();
    }
  });

  it('keeps the initial JavaScript (entry + modulepreload) within the 300 KB gzip budget: language identification and the engine load later', async () => {
    const html = await (await fetch(baseURL())).text();
    const scripts = initialScriptPaths(html);
    expect(scripts.length).toBeGreaterThan(0);
    let total = 0;
    const contents: string[] = [];
    for (const path of scripts) {
      const bytes = new Uint8Array(await (await fetch(new URL(path, baseURL()))).arrayBuffer());
      total += gzipSync(bytes, { level: 9 }).length;
      contents.push(new TextDecoder().decode(bytes));
    }
    expect(total / 1024).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
    // franc's trigram table (Spanish: "…|ión|es |ere|…") is not among them.
    expect(contents.some((c) => c.includes('|ión|es |ere|'))).toBe(false);
  });
});
