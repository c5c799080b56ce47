import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// House rule 1: src/core imports nothing from React, Dexie, zustand, the DOM, src/ui, src/db
// or src/store — not even types. It must run unchanged in Node, a worker and the browser.
const root = join(__dirname, '..', '..');
const coreDir = join(root, 'src', 'core');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

const FORBIDDEN_MODULES = /^(react|react-dom|dexie|dexie-react-hooks|zustand|@tanstack\/react-virtual)(\/|$)/;
const FORBIDDEN_PATHS = /(^|\/)(ui|db|store|worker)(\/|$)/;
// A bare global (not a property such as `ctx.document` and not a declared local).
const DOM_GLOBALS = /(?<![.\w$])(document|window|localStorage|sessionStorage|indexedDB|navigator)\s*[.[]/;

export function coreViolations(files: { path: string; text: string }[]): string[] {
  const out: string[] = [];
  for (const { path, text } of files) {
    const specs = [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm)];
    for (const m of specs) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (FORBIDDEN_MODULES.test(spec)) out.push(`${path}: imports ${spec}`);
      if (spec.startsWith('.') && FORBIDDEN_PATHS.test(spec.replace(/^(\.\.\/)+/, ''))) {
        // resolve: any relative path that climbs out of core into ui/db/store/worker
        const depth = (spec.match(/\.\.\//g) ?? []).length;
        const rel = path.split('/').length - 1; // dirs below src/core
        if (depth > rel) out.push(`${path}: imports ${spec}`);
      }
    }
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    if (DOM_GLOBALS.test(code) && !/typeof (document|window|navigator)/.test(code)) out.push(`${path}: uses a DOM global`);
  }
  return out;
}

describe('architecture: src/core stays pure', () => {
  it('no file in src/core imports React, Dexie, zustand, the DOM or the UI/DB/store layers', () => {
    const files = walk(coreDir).map((p) => ({ path: relative(coreDir, p), text: readFileSync(p, 'utf8') }));
    expect(files.length).toBeGreaterThan(0);
    expect(coreViolations(files)).toEqual([]);
  });

  it('the check itself catches a violating file', () => {
    const bad = [
      { path: 'checks/x.ts', text: "import type { FC } from 'react';" },
      { path: 'text/y.ts', text: "import Dexie from 'dexie';" },
      { path: 'z.ts', text: "import { useStore } from '../store/useStore';" },
      { path: 'w.ts', text: 'const el = document.createElement("div");' },
      { path: 'v.ts', text: "import { create } from 'zustand';" },
    ];
    expect(coreViolations(bad)).toHaveLength(5);
    expect(coreViolations([{ path: 'a/b.ts', text: "import { x } from '../model/Unit';" }])).toEqual([]);
  });
});
