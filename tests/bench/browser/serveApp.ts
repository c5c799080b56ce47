// Builds the app into a temporary directory and serves it with `vite preview` (as the e2e
// global setup does), for the browser benchmark.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';

export interface ServedApp {
  url: string;
  close(): Promise<void>;
}

/** `minify: false` keeps function names readable in CPU profiles (`bench:browser --profile`). */
export async function serveApp(root: string, opts: { minify?: boolean } = {}): Promise<ServedApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'duizhao-bench-dist-'));
  const configFile = join(root, 'vite.config.ts');
  await build({ root, configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true, ...(opts.minify === false ? { minify: false } : {}), rolldownOptions: { checks: { bundlerTimings: false } } } });
  const server = await preview({ root, configFile, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const address = server.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
