// The prebuilt CLI: `npm ci` / `npm install` (the `prepare` script) bundles src/cli/main.ts
// with Vite into node_modules/.duizhao-cli, so that `npx duizhao` starts in plain Node
// instead of compiling ~200 TypeScript modules through tsx on every run (the seed: ~0.2 s
// instead of ~1.2 s; each imported call also skips tsx's per-call getter). The bin uses the
// bundle only while every source file it was built from is unchanged (size and mtime, as
// make does); after an edit it runs the sources through tsx, as before, until the next
// `npm run build:cli`. The bundle is one CommonJS script run through node:vm with a V8 code
// cache made by a warm-up check at build time (see ENTRY). Plain JavaScript: the bin reads
// this before tsx is loaded.
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Script } from 'node:vm';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where `prepare` puts the bundle, relative to the project root. */
export const BUNDLE_DIR = join('node_modules', '.duizhao-cli');
/**
 * One CommonJS script (no chunks), run through node:vm with V8's code cache (CACHE: the
 * bytecode of the functions a warm-up check compiled, made at build time): a start then
 * neither parses the 1.6 MB script afresh nor compiles those functions again.
 */
const ENTRY = 'main.cjs';
const CACHE = 'main.cjs.cache';
const MANIFEST = 'manifest.json';
/** Files that change what the bundle holds without being one of its modules (this file: how it is built). */
const ALSO_WATCHED = ['package.json', 'package-lock.json', 'src/cli/cliBundle.mjs'];

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
  // ~220 files on every start: the paths by concatenation (manifest paths are relative, with /)
  // rather than path.join, and a missing file as undefined rather than a thrown error
  const base = root.endsWith(sep) || root.endsWith('/') ? root : root + sep;
  const files = manifest.files;
  for (let i = 0; i < files.length; i++) {
    const [file, size, mtimeMs] = files[i];
    const st = statSync(base + file, { throwIfNoEntry: false });
    if (st === undefined) return { reason: `was built from ${file}, which is gone` };
    if (st.size !== size || st.mtimeMs !== mtimeMs) return { reason: `is older than ${file}` };
  }
  // the code cache only for the script it was made from (V8 itself checks little more than its length)
  let cache;
  if (Array.isArray(manifest.cache)) {
    const st = statSync(join(dir, ENTRY), { throwIfNoEntry: false });
    if (st && st.size === manifest.cache[0] && st.mtimeMs === manifest.cache[1]) cache = join(dir, CACHE);
  }
  return { entry: join(dir, ENTRY), cache };
}

/**
 * Runs the bundle `freshBundle` found, as Node runs a CommonJS module, with its code cache when
 * there is one: `{ exports, cache }` (cache: 'accepted', 'rejected' by V8, for another Node
 * version or other flags, then simply not used, or 'none').
 */
export function loadBundle({ entry, cache }) {
  const code = readFileSync(entry, 'utf8');
  let cachedData;
  if (cache) {
    try {
      cachedData = readFileSync(cache);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${code}\n})`, { filename: entry, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(entry), module, entry, dirname(entry));
  return { exports: module.exports, cache: cachedData ? (script.cachedDataRejected ? 'rejected' : 'accepted') : 'none', script };
}

/** Warm-up checks for the code cache: the seed (dump) and a JSONL unit, as JSON. */
async function makeCodeCache(root, dir) {
  const { exports, script } = loadBundle({ entry: join(dir, ENTRY) });
  const jsonl = join(dir, 'warm-up.jsonl');
  writeFileSync(jsonl, JSON.stringify({ id: 'w1', source: 'We train a policy with a graph neural network (GNN) in 3 environments.', target: '我们在3个环境中用图神经网络（GNN）训练策略。' }) + '\n');
  const sink = { write: (_text, done) => (done?.(), true) };
  const io = { stdout: sink, stderr: sink, stdin: undefined, cwd: root };
  try {
    for (const args of [['check', join(root, 'seeds', '000_2c0d154558004bfd.txt'), '--format', 'json'], ['check', jsonl, '--format', 'json']]) {
      if ((await exports.main(args, io)) !== 0) throw new Error(`the warm-up check (${args.join(' ')}) failed`);
    }
  } finally {
    rmSync(jsonl, { force: true });
  }
  writeFileSync(join(dir, CACHE), script.createCachedData());
  const st = statSync(join(dir, ENTRY));
  return [st.size, st.mtimeMs];
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
      rolldownOptions: {
        output: {
          entryFileNames: ENTRY,
          format: 'cjs',
          codeSplitting: false,
          // pure ASCII (non-ASCII escaped in strings and regular expressions, comments left out):
          // Node then decodes the files on its one-byte path and V8 keeps one-byte sources,
          // which it scans and parses faster; Chinese in a string or a doc comment made the
          // whole 800 KB entry two-byte (one-unit check: ~10 ms CPU less at start-up)
          charset: 'ascii',
          comments: { legal: false, annotation: true, jsdoc: false },
        },
        checks: { bundlerTimings: false },
      },
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
  let cache;
  try {
    cache = await makeCodeCache(root, dir);
  } catch (e) {
    // the bundle still works, only starts slower
    rmSync(join(dir, CACHE), { force: true });
    console.warn(`duizhao: no code cache for the prebuilt CLI (${e instanceof Error ? e.message : String(e)})`);
  }
  writeFileSync(join(dir, MANIFEST), JSON.stringify({ format: 1, version: pkg.version, files: entries, cache }));
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
