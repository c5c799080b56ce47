/**
 * `npm run bench`: bundles tests/bench/run.ts with Vite (as the app's worker bundle is built:
 * modules hoisted into one scope, no per-call import getters, no tsx transform at run time),
 * then runs it in plain Node with the same arguments. The engine code is the same as the
 * CLI's; the CLI runs it through tsx, which costs about a fifth more per unit (README).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const entry = process.env.BENCH_ENTRY ?? 'tests/bench/run.ts';
const outDir = join(root, 'node_modules', '.cache', 'duizhao-bench');
mkdirSync(outDir, { recursive: true });
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: join(root, entry),
    outDir,
    emptyOutDir: true,
    minify: false,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: 'bench.mjs' }, checks: { bundlerTimings: false } },
  },
});
const r = spawnSync(process.execPath, [join(outDir, 'bench.mjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, DUIZHAO_ROOT: root },
});
process.exit(r.status ?? 1);
