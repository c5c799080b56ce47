import type { CompiledConcept, CompiledGlossary } from '../glossary';

/**
 * The termbase concept a (wrong → right) change is about when the source does not say
 * (target-only review, as in the seed): the concept with `right` approved and `wrong`
 * among its renderings; else the only concept with `right` approved; else the only one
 * with `wrong` forbidden. Undefined when that is ambiguous or unknown.
 */
export function conceptForRenderings(g: CompiledGlossary, wrong: string, right: string): CompiledConcept | undefined {
  const approvedRight: CompiledConcept[] = [];
  const forbiddenWrong: CompiledConcept[] = [];
  for (const cc of g.concepts.values()) {
    const hasRight = cc.approved.includes(right);
    const hasWrong = cc.concept.zh.some((z) => z.text === wrong);
    if (hasRight && hasWrong) return cc;
    if (hasRight) approvedRight.push(cc);
    if (cc.forbidden.some((f) => f.text === wrong)) forbiddenWrong.push(cc);
  }
  if (approvedRight.length === 1) return approvedRight[0];
  if (approvedRight.length === 0 && forbiddenWrong.length === 1) return forbiddenWrong[0];
  return undefined;
}
