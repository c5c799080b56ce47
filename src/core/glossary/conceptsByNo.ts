import type { CompiledConcept, CompiledGlossary } from './CompiledGlossary';

const tables = new WeakMap<CompiledGlossary, readonly (CompiledConcept | undefined)[]>();
let lastGlossary: CompiledGlossary | undefined;
let lastTable: readonly (CompiledConcept | undefined)[] = [];

/**
 * A glossary's concepts by their numbers (`CompiledGlossary.conceptNo`, dense), for code that
 * holds a concept's number (`SourceHit.conceptNo`, the term checks' hits and entries): an array
 * read instead of a look-up of the id in the glossary's Map (a hashed probe of a large table,
 * far from the hits in memory). Made once per glossary, on first use; empty for a glossary
 * without numbers (not made by `compileGlossary`): callers then look the id up.
 */
export function conceptsByNo(g: CompiledGlossary): readonly (CompiledConcept | undefined)[] {
  if (g === lastGlossary) return lastTable;
  let t = tables.get(g);
  if (t === undefined) {
    const byNo: (CompiledConcept | undefined)[] = [];
    if (g.conceptNo !== undefined) {
      for (const [id, no] of g.conceptNo) {
        while (byNo.length <= no) byNo.push(undefined);
        byNo[no] = g.concepts.get(id);
      }
    }
    t = byNo;
    tables.set(g, t);
  }
  lastGlossary = g;
  lastTable = t;
  return t;
}
