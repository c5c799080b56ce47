import type { CompiledGlossary } from '../../glossary';

/**
 * A record cached on the compiled glossary for an object: a document's unit array (rendering
 * statistics, known acronyms) or a concept (parsed notes). Garbage-collected with the key.
 */
export function documentMemo(g: CompiledGlossary, units: object): Record<string, unknown> {
  let rec = g.memo.documents.get(units) as Record<string, unknown> | undefined;
  if (!rec) g.memo.documents.set(units, (rec = {}));
  return rec;
}
