import type { CompiledGlossary } from '../../glossary';

/** A per-document record cached on the compiled glossary (keyed by the document's unit array). */
export function documentMemo(g: CompiledGlossary, units: object): Record<string, unknown> {
  let rec = g.memo.documents.get(units) as Record<string, unknown> | undefined;
  if (!rec) g.memo.documents.set(units, (rec = {}));
  return rec;
}
