// Browser helpers for the e2e project: Debian's Chromium driven by playwright-core.
// Never downloads a browser: the executable is always /usr/bin/chromium.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const VIEWPORT = { width: 1280, height: 800 } as const;

const here = dirname(fileURLToPath(import.meta.url));
/** Scratch screenshots (gitignored). */
export const OUT_DIR = join(here, '.out');
/** Screenshots committed for the README. */
export const SCREENSHOT_DIR = join(here, 'screenshots');

/** The URL of the `vite preview` server started by globalSetup, with a trailing slash. */
export function baseURL(): string {
  return inject('e2eBaseURL');
}

export interface PageOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

/** Errors a page produced. Uncaught errors fail the test; console errors are reported. */
export interface PageErrors {
  uncaught: string[];
  console: string[];
}

/** Starts a headless Chromium for tests that need no shared profile. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Records uncaught exceptions and console errors of a page (and pages opened later in its context). */
export function watchErrors(context: BrowserContext): PageErrors {
  const errors: PageErrors = { uncaught: [], console: [] };
  const attach = (page: Page): void => {
    page.on('pageerror', (err) => errors.uncaught.push(`${page.url()}: ${err.stack ?? err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') {
        const where = msg.location().url;
        errors.console.push(`${where || page.url()}: ${msg.text()}`);
      }
    });
    page.on('response', (res) => {
      if (res.status() >= 400) errors.console.push(`${res.url()}: HTTP ${res.status()}`);
    });
  };
  context.pages().forEach(attach);
  context.on('page', attach);
  return errors;
}

/**
 * Throws when the page had an uncaught error; prints console errors as a warning.
 * Call it at the end of each test (or in afterEach).
 */
export function assertNoPageErrors(errors: PageErrors): void {
  if (errors.console.length > 0) {
    console.warn(`e2e: page console errors:\n  ${errors.console.join('\n  ')}`);
  }
  if (errors.uncaught.length > 0) {
    throw new Error(`The page threw ${errors.uncaught.length} uncaught error(s):\n${errors.uncaught.join('\n')}`);
  }
}

/** A page in a fresh, isolated context of `browser`. */
export interface TestPage {
  context: BrowserContext;
  page: Page;
  errors: PageErrors;
  close(): Promise<void>;
}

export async function newTestPage(browser: Browser, options: PageOptions = {}): Promise<TestPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? VIEWPORT,
    colorScheme: options.colorScheme ?? 'light',
    locale: 'zh-CN',
    baseURL: baseURL(),
  });
  const errors = watchErrors(context);
  const page = await context.newPage();
  return { context, page, errors, close: () => context.close() };
}

/**
 * A persistent profile in a new temporary directory: IndexedDB survives reloads,
 * and a second page of the context shares it. `close()` removes the directory.
 */
export async function launchProfile(options: PageOptions = {}): Promise<TestPage> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'duizhao-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? VIEWPORT,
    colorScheme: options.colorScheme ?? 'light',
    locale: 'zh-CN',
    baseURL: baseURL(),
  });
  const errors = watchErrors(context);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Full-window screenshot. `name` without extension goes to tests/e2e/.out/;
 * pass `{ committed: true }` to write to tests/e2e/screenshots/ (linked from the README).
 */
export async function screenshot(page: Page, name: string, opts: { committed?: boolean } = {}): Promise<string> {
  const dir = opts.committed ? SCREENSHOT_DIR : OUT_DIR;
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false, animations: 'disabled' });
  if (!existsSync(file)) throw new Error(`Screenshot ${file} was not written; check that ${dir} is writable.`);
  return file;
}

/**
 * Options for `expect.poll` in browser tests: Vitest's default (1 s) is too short for a
 * busy CI machine. A ceiling for waiting, not a speed assertion.
 */
export const EVENTUALLY = { timeout: 30_000, interval: 100 } as const;

/**
 * For afterEach: when the test failed, screenshots every open page to
 * tests/e2e/.out/FAILED-<test>-<n>.png; then fails on uncaught page errors; always closes.
 */
export async function finishTest(t: TestPage | undefined, ctx: { task: { name: string; result?: { state?: string } } }): Promise<void> {
  if (!t) return;
  try {
    if (ctx.task.result?.state === 'fail') {
      const slug = ctx.task.name.replace(/[^\w\u4e00-\u9fff]+/g, '-').slice(0, 80);
      const pages = t.context.pages();
      for (let i = 0; i < pages.length; i++) {
        const file = await screenshot(pages[i], `FAILED-${slug}-${i + 1}`).catch(() => null);
        if (file) console.warn(`e2e: failed test "${ctx.task.name}": screenshot ${file}`);
      }
    }
    assertNoPageErrors(t.errors);
  } finally {
    await t.close();
  }
}
