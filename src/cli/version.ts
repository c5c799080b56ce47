import { readFileSync } from 'node:fs';

/** Set by the prebuilt CLI bundle (cliBundle.mjs, Vite `define`); absent when run through tsx. */
declare const __DUIZHAO_VERSION__: string | undefined;

let cached: string | undefined;

/** duizhao's version, from package.json (written into the prebuilt CLI when it is bundled). */
export function version(): string {
  if (cached) return cached;
  if (typeof __DUIZHAO_VERSION__ === 'string') return (cached = __DUIZHAO_VERSION__);
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    cached = pkg.version ?? '0.0.0';
  } catch {
    cached = '0.0.0';
  }
  return cached;
}
