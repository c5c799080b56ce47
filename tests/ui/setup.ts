// fake-indexeddb must load before Dexie touches `indexedDB`.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, vi } from 'vitest';
import { inProcessIdle } from '../../src/ui/common/inProcessWork';

// Vitest runs without globals, so Testing Library cannot register its own cleanup:
// unmount every rendered tree after each test (live queries stop with it).
afterEach(() => {
  cleanup();
});

// Whole-app tests (seed import, IndexedDB via fake-indexeddb, lazy chunks) are slow in
// jsdom on a busy machine: allow more than the 1 s / 5 s defaults. No test asserts timing.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

// Without Web Workers the off-thread helpers run in-process (lazy imports, IndexedDB writes).
// A request a test started but did not wait for may still be running when the file ends:
// let it finish before Vitest tears the environment down, or its late import fails the run.
afterAll(async () => {
  if (!(await inProcessIdle())) console.warn('tests/ui/setup: in-process worker work still running after 20 s');
}, 30_000);
