#!/usr/bin/env node
// Entry point for `npx duizhao`. Runs the CLI bundle that `npm ci` prebuilt (cliBundle.mjs)
// while it matches the sources, else the TypeScript sources through tsx's loader; either
// way `npm ci` is the only step needed. DUIZHAO_CLI=tsx forces the sources; DUIZHAO_CLI=bundle
// requires the bundle (DUIZHAO_CLI_BUNDLE_DIR: another bundle directory, for tests).
import { fileURLToPath } from 'node:url';
import { BUNDLE_DIR, freshBundle, loadBundle } from './cliBundle.mjs';

// `duizhao check … | head`: a closed pipe is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const mode = process.env.DUIZHAO_CLI;
let main;
if (mode !== 'tsx') {
  const dir = process.env.DUIZHAO_CLI_BUNDLE_DIR || `${root}${BUNDLE_DIR}`;
  const fresh = freshBundle(root, dir);
  if (fresh.entry) ({ main } = loadBundle(fresh).exports);
  else if (mode === 'bundle') {
    process.stderr.write(`duizhao: DUIZHAO_CLI=bundle, but the prebuilt CLI in ${dir} ${fresh.reason}. Run \`npm run build:cli\`, or unset DUIZHAO_CLI.\n`);
    process.exit(2);
  }
}
if (!main) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('./main.ts'));
}
const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
});
process.exitCode = code;
