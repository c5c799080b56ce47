/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// One config for the app, the dev server and every test project.
// `npm test` runs all three projects; `npm run test:unit` / `test:e2e` pick some.
export default defineConfig({
  plugins: [react()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  worker: {
    format: 'es',
    // The export's re-check imports the engine lazily so that the main thread loads it only
    // when an export needs it. A worker bundle that checks units imports the engine statically
    // anyway, so there the lazy import cannot split anything off: that is expected, not a
    // problem, and the warning stays on for the main bundle, where a split matters.
    rolldownOptions: { checks: { ineffectiveDynamicImport: false } },
  },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['tests/core/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/arch/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/ui/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          // After core + ui: Chromium and 50 MB imports beside the jsdom tests starve them.
          sequence: { groupOrder: 1 },
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
