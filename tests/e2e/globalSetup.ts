// Global setup of the e2e project: `vite build` into a temporary directory, then
// `vite preview` on a free port; tests read the URL with inject('e2eBaseURL').
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseURL: string;
  }
}

const CHROMIUM = '/usr/bin/chromium';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `e2e: ${CHROMIUM} is missing, so the browser tests cannot run. ` +
        'install it: apt-get install -y chromium fonts-wqy-microhei (or run .ci/run, which does).',
    );
  }
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`e2e: ${join(root, 'index.html')} is missing, so there is no app to build.`);
  }

  // Screenshots of failed tests from an earlier run would mislead.
  const outShots = join(root, 'tests/e2e/.out');
  if (existsSync(outShots)) {
    for (const f of readdirSync(outShots)) if (f.startsWith('FAILED-')) rmSync(join(outShots, f), { force: true });
  }

  // A private outDir: parallel runs and a developer's own dist/ never collide.
  const outDir = mkdtempSync(join(tmpdir(), 'duizhao-e2e-dist-'));
  const configFile = join(root, 'vite.config.ts');
  // Vitest sets NODE_ENV=test, and Vite builds with the NODE_ENV it finds: React's development
  // code and its checks would ship (the entry ~55 KB gzip larger). Build what `npm run build`
  // ships, so that the browser tests and the initial-JavaScript budget see the real app.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      configFile,
      mode: 'production',
      logLevel: 'warn',
      // bundlerTimings: rolldown's advice on slow plugins is noise in a test log.
      build: { outDir, emptyOutDir: true, rolldownOptions: { checks: { bundlerTimings: false } } },
    });
  } catch (err) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`e2e: vite build failed, so the browser tests cannot run. Fix the build (npm run build) first.\n${String(err)}`);
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }

  let server: PreviewServer;
  try {
    server = await preview({
      root,
      configFile,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
  } catch (err) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`e2e: vite preview did not start.\n${String(err)}`);
  }
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address !== 'object') {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
    throw new Error('e2e: vite preview started but has no TCP address.');
  }
  project.provide('e2eBaseURL', `http://127.0.0.1:${address.port}/`);

  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
