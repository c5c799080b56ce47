import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from './UsageError';

/** Read a file named on the command line (relative to `cwd`), with a clear error when it can't be. */
export async function readInputFile(name: string, cwd: string, what = 'file'): Promise<Uint8Array> {
  const path = resolve(cwd, name);
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new UsageError(`${name}: is a directory, not a ${what}. Give the path of a ${what}.`);
    return new Uint8Array(await readFile(path));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${name}: no such ${what}. Check the path (it is relative to ${cwd}).`);
    if (code === 'EACCES' || code === 'EPERM') throw new UsageError(`${name}: permission denied. Make the ${what} readable and try again.`);
    throw new UsageError(`${name}: cannot read the ${what} (${(e as Error).message}).`);
  }
}
