import { afterEach, beforeEach } from 'vitest';
import { finishTest, launchProfile, type TestPage } from './browser';
import { waitForDocuments } from './reviewScreen';

/**
 * Call inside a `describe`: before each test, a fresh Chromium profile on the app with the
 * seed's ten documents listed (first visit); after it, the page is checked for uncaught errors,
 * screenshotted if the test failed, and closed. Returns the current test's page, filled in
 * before each test (read it inside tests, not at describe time).
 */
export function useSeedPage(): TestPage {
  const current = {} as TestPage;
  beforeEach(async () => {
    Object.assign(current, await launchProfile());
    await current.page.goto('/');
    await waitForDocuments(current.page, 10);
  });
  afterEach(async (ctx) => {
    await finishTest(current, ctx);
  });
  return current;
}
