// npm run build:size — builds the app and prints the gzip size of the initial JavaScript
// (the entry script and every <link rel="modulepreload"> of index.html), chunk by chunk,
// against the 300 KB budget of issue 7. `--sources` also lists the biggest source folders
// of each initial chunk (from the source maps) to find what should load lazily.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { INITIAL_JS_BUDGET_KB as BUDGET_KB, initialScriptPaths } from './initialScripts';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function topSources(mapFile: string): string[] {
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
  const agg = new Map<string, number>();
  map.sources.forEach((s, i) => {
    const key = s.includes('node_modules/') ? `npm:${s.split('node_modules/').pop()!.split('/')[0]}` : s.replace(/^(\.\.\/)+/, '').replace(/^work\/main\//, '').split('/').slice(0, 3).join('/');
    agg.set(key, (agg.get(key) ?? 0) + (map.sourcesContent?.[i]?.length ?? 0));
  });
  return [...agg].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, n]) => `      ${(n / 1024).toFixed(0).padStart(5)} KB source  ${k}`);
}

async function main(): Promise<void> {
  const withSources = process.argv.includes('--sources');
  const outDir = mkdtempSync(join(tmpdir(), 'duizhao-size-'));
  try {
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: withSources, rolldownOptions: { checks: { bundlerTimings: false } } } });
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const files = initialScriptPaths(html);
    let total = 0;
    console.log('initial JavaScript (entry + modulepreload), gzip:');
    for (const f of files) {
      const bytes = readFileSync(join(outDir, f));
      const gz = gzipSync(bytes, { level: 9 }).length;
      total += gz;
      console.log(`  ${(gz / 1024).toFixed(1).padStart(7)} KB  ${f}`);
      if (withSources && existsSync(join(outDir, `${f}.map`))) console.log(topSources(join(outDir, `${f}.map`)).join("\n"));
    }
    const kb = total / 1024;
    console.log(`  ${kb.toFixed(1).padStart(7)} KB  total (budget ${BUDGET_KB} KB: ${kb <= BUDGET_KB ? 'within' : 'OVER'})`);
    if (kb > BUDGET_KB) process.exitCode = 1;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

void main();
