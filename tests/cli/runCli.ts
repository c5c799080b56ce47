import { Readable, Writable } from 'node:stream';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

export const ROOT = join(__dirname, '..', '..');
export const SEED = 'seeds/000_2c0d154558004bfd.txt';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(chunks: string[]): Writable {
  return new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  });
}

/** Run the CLI in-process, as the bin does, capturing its output. */
export async function runCli(argv: string[], cwd = ROOT): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: sink(out), stderr: sink(err), stdin: Readable.from([]), cwd });
  return { code, stdout: out.join(''), stderr: err.join('') };
}
