// The prebuilt CLI: `npm ci` / `npm install` (the `prepare` script) bundles src/cli/main.ts
// with Vite into node_modules/.duizhao-cli, so that `npx duizhao` starts in plain Node
// instead of compiling ~200 TypeScript modules through tsx on every run (the seed: ~0.2 s
// instead of ~1.2 s; each imported call also skips tsx's per-call getter). The bin uses the
// bundle only while every source file it was built from is unchanged (size and mtime, as
// make does); after an edit it runs the sources through tsx, as before, until the next
// `npm run build:cli`. Plain JavaScript: the bin reads this before tsx is loaded.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where `prepare` puts the bundle, relative to the project root. */
export const BUNDLE_DIR = join('node_modules', '.duizhao-cli');
const ENTRY = 'main.mjs';
const MANIFEST = 'manifest.json';
/** Files that change what the bundle holds without being one of its modules. */
const ALSO_WATCHED = ['package.json', 'package-lock.json'];

/**
 * The bundle's entry when it is fresh: `{ entry }`; otherwise `{ reason }` (no bundle, or the
 * first source file that changed since it was built).
 */
export function freshBundle(root, dir = join(root, BUNDLE_DIR)) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
  } catch {
    return { reason: 'has not been built' };
  }
  if (manifest?.format !== 1 || !Array.isArray(manifest.files) || manifest.files.length === 0) {
    return { reason: 'has an unreadable manifest' };
  }
  for (const [file, size, mtimeMs] of manifest.files) {
    let st;
    try {
      st = statSync(join(root, file));
    } catch {
      return { reason: `was built from ${file}, which is gone` };
    }
    if (st.size !== size || st.mtimeMs !== mtimeMs) return { reason: `is older than ${file}` };
  }
  return { entry: join(dir, ENTRY) };
}

/** Bundles the CLI into `dir` and records the files it was built from. */
export async function buildCliBundle(rootDir, dir = join(rootDir, BUNDLE_DIR)) {
  const { build } = await import('vite');
  const root = resolve(rootDir);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const result = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    // every dependency inside: the bundle runs wherever it is (tests build one in a temp directory)
    ssr: { noExternal: true },
    define: { __DUIZHAO_VERSION__: JSON.stringify(String(pkg.version ?? '0.0.0')) },
    // JSON modules (the built-in termbase, 300 KB) as JSON.parse('…'): V8 parses JSON text much
    // faster than the same data as an object literal in the module's source
    json: { stringify: true, namedExports: false },
    build: {
      ssr: join(root, 'src', 'cli', 'main.ts'),
      outDir: dir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rolldownOptions: { output: { entryFileNames: ENTRY }, checks: { bundlerTimings: false } },
    },
  });
  const files = new Set(ALSO_WATCHED);
  for (const output of Array.isArray(result) ? result : [result]) {
    for (const chunk of output.output ?? []) {
      if (chunk.type !== 'chunk') continue;
      for (const id of chunk.moduleIds ?? Object.keys(chunk.modules ?? {})) {
        const file = id.split('?')[0];
        if (file.startsWith('\0') || !file.startsWith(root + sep)) continue;
        const rel = relative(root, file);
        if (!rel.startsWith('node_modules' + sep)) files.add(rel.split(sep).join('/'));
      }
    }
  }
  if (files.size <= ALSO_WATCHED.length) throw new Error('the bundle lists none of its source modules');
  const entries = [...files].sort().map((f) => {
    const st = statSync(join(root, f));
    return [f, st.size, st.mtimeMs];
  });
  writeFileSync(join(dir, MANIFEST), JSON.stringify({ format: 1, version: pkg.version, files: entries }));
  return { entry: join(dir, ENTRY), files: entries.length };
}

// `node src/cli/cliBundle.mjs` (npm's `prepare`, `npm run build:cli`): never fails the install;
// without the bundle the bin runs the sources through tsx.
// (import.meta.url names this file only when it is run unbundled: inside another bundle, such as
// the benchmark's, it is that bundle's URL.)
if (import.meta.url.endsWith('/src/cli/cliBundle.mjs') && process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const t0 = performance.now();
  // no top-level await: tsx may load this file as CommonJS (a .ts script outside the package)
  buildCliBundle(root).then(
    ({ files }) => console.log(`duizhao: prebuilt the CLI from ${files} files in ${((performance.now() - t0) / 1000).toFixed(1)} s (${BUNDLE_DIR})`),
    (e) => console.warn(`duizhao: could not prebuild the CLI (${e instanceof Error ? e.message : String(e)}); \`npx duizhao\` will run the sources through tsx, which starts about a second slower.`),
  );
}
