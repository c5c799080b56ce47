import type { Check, CheckContext } from '../checks/Check';
import { CHECKS } from '../checks/registry';
import { compileGlossary, sharedBuiltinTermbase } from '../glossary';
import type { Termbase } from '../glossary';

export interface CheckContextOptions {
  /** Termbases to use besides (or instead of) the built-in one; higher priority wins. */
  termbases?: Termbase[];
  /** Include the built-in EN→ZH ML termbase (default true). */
  builtin?: boolean;
  /** Run only these check ids (default: all registered). */
  only?: string[];
  /** Skip these check ids. */
  disable?: string[];
  /** Per-check options, passed through as `ctx.options`. */
  options?: Record<string, unknown>;
}

/** A CheckContext plus what the engine needs: the checks in registry order and their ranks. */
export interface EngineContext extends CheckContext {
  checks: Check[];
  /** Registry position of each check id (for ordering findings). */
  rank: Map<string, number>;
  /** Milliseconds spent compiling the termbase(s) (for benchmarks). */
  compileMs: number;
}

/**
 * Build the context once per run: compiles the termbases into one glossary (the costly
 * part, done once) and fixes the check list. Pure apart from that compilation.
 */
export function createCheckContext(opts: CheckContextOptions = {}): EngineContext {
  const termbases: Termbase[] = [];
  // the built-in termbase as it is, not a copy: compiling only reads its input
  if (opts.builtin !== false) termbases.push(sharedBuiltinTermbase());
  if (opts.termbases) termbases.push(...opts.termbases);
  const t0 = now();
  const glossary = termbases.length ? compileGlossary(termbases) : undefined;
  const compileMs = now() - t0;
  let checks = CHECKS;
  if (opts.only) {
    const only = new Set(opts.only);
    checks = checks.filter((c) => only.has(c.id));
  }
  if (opts.disable) {
    const off = new Set(opts.disable);
    checks = checks.filter((c) => !off.has(c.id));
  }
  const rank = new Map<string, number>();
  CHECKS.forEach((c, i) => rank.set(c.id, i));
  return { glossary, checks, rank, compileMs, options: opts.options };
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
