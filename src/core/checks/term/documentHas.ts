import type { CompiledGlossary } from '../../glossary';
import type { CheckUnit } from '../Check';
import { documentMemo } from './documentMemo';

/**
 * Whether `unit` is one of the document's units (the same object, or the same id with the
 * same target), in O(1) after a first pass over the document (cached per document).
 */
export function documentHas(g: CompiledGlossary, units: CheckUnit[], unit: CheckUnit): boolean {
  const memo = documentMemo(g, units);
  let index = memo.unitIndex as { objects: Set<CheckUnit>; byId: Map<string, string> } | undefined;
  if (!index) {
    index = { objects: new Set(units), byId: new Map(units.map((u) => [u.id, u.target])) };
    memo.unitIndex = index;
  }
  return index.objects.has(unit) || index.byId.get(unit.id) === unit.target;
}
