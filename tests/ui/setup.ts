// fake-indexeddb must load before Dexie touches `indexedDB`.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup:
// unmount every rendered tree after each test (live queries stop with it).
afterEach(() => {
  cleanup();
});

// Whole-app tests (seed import, IndexedDB via fake-indexeddb, lazy chunks) are slow in
// jsdom on a busy machine: allow more than the 1 s / 5 s defaults. No test asserts timing.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });
