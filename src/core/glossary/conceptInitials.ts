import type { CompiledConcept } from './CompiledGlossary';
import { isAcronym } from './englishTermKeys';

/**
 * Initial-letter sequences of a concept's English terms, upper case: "graph neural network"
 * → GNN, "pre-trained" → P and PT. Computed on first use (only acronym checks need them)
 * and kept on the concept.
 */
export function conceptInitials(cc: CompiledConcept): string[] {
  if (cc.initials) return cc.initials;
  const initials = new Set<string>();
  for (const e of cc.concept.en) {
    for (const t of [e.text, ...(e.variants ?? [])]) {
      const words = t.trim().split(/\s+/).filter(Boolean);
      if (!words.length || isAcronym(t.trim())) continue;
      initials.add(words.map((w) => w[0]).join('').toUpperCase());
      const parts = t.trim().split(/[\s\-\u2010\u2011]+/).filter(Boolean);
      if (parts.length !== words.length) initials.add(parts.map((w) => w[0]).join('').toUpperCase());
    }
  }
  cc.initials = [...initials];
  return cc.initials;
}
