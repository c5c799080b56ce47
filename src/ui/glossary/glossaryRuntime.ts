import { builtinTermbase, compileGlossary, termsInSource, type CompiledGlossary } from '../../core/glossary';
import type { ProjectTermbases } from '../../db/glossary';

let cache: { key: string; glossary: CompiledGlossary } | null = null;

/**
 * Built-in + project termbases compiled once per termbase key (cached across screens).
 * This module holds the built-in termbase: it is loaded on demand, never with the first page.
 */
export function compiledFor(tb: ProjectTermbases): CompiledGlossary {
  if (cache?.key !== tb.key) cache = { key: tb.key, glossary: compileGlossary([builtinTermbase(), ...tb.termbases]) };
  return cache.glossary;
}

/** The compiled glossary when it is already cached for this key. */
export function cachedFor(tb: ProjectTermbases): CompiledGlossary | undefined {
  return cache?.key === tb.key ? cache.glossary : undefined;
}

export { termsInSource };
