#!/usr/bin/env node
// Entry point for `npx duizhao`: runs the TypeScript CLI through tsx's loader,
// so `npm ci` is the only step needed (no build).
import { register } from 'tsx/esm/api';

// `duizhao check … | head`: a closed pipe is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

register();
const { main } = await import('./main.ts');
const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
});
process.exitCode = code;
