import { charClass, type CompiledConcept } from '../../glossary';

/** A concept's approved strings: those without Latin letters, and those with (folded to lower case). */
export interface ApprovedPatterns {
  plain: string[];
  latin: string[];
}

const cache = new WeakMap<CompiledConcept, ApprovedPatterns>();

/**
 * Every string (Latin folded as the matcher folds it) under which a concept can be found in a
 * target with a status other than forbidden: its approved renderings, its acronyms and, for a
 * do-not-translate name, the English forms. A superset of the automaton's entries for the
 * concept, so counting these substrings bounds how many approved hits the matcher can find.
 * Computed once per concept. Strings without Latin letters can be counted in the text as it
 * is (folding changes only A–Z); the others need the folded text.
 */
export function approvedPatterns(cc: CompiledConcept): ApprovedPatterns {
  const cached = cache.get(cc);
  if (cached) return cached;
  const out: string[] = [];
  const add = (s: string | undefined) => {
    const t = s?.trim();
    if (!t) return;
    const f = charClass.foldLatin(t);
    if (!out.includes(f)) out.push(f);
  };
  const c = cc.concept;
  for (const z of c.zh) if (z.status !== 'forbidden') add(z.text);
  for (const e of c.en) {
    add(e.acronym);
    if (!c.dnt) continue;
    for (const t of [e.text, ...(e.variants ?? [])]) {
      add(t);
      if (t.includes('-')) {
        add(t.replace(/-/g, ''));
        add(t.replace(/-/g, ' '));
      }
    }
  }
  for (const a of cc.acronyms) add(a);
  const split: ApprovedPatterns = { plain: out.filter((p) => !/[a-z]/.test(p)), latin: out.filter((p) => /[a-z]/.test(p)) };
  cache.set(cc, split);
  return split;
}

/** Occurrences (overlapping ones too) of any of `patterns` in `text`. */
export function countOccurrences(text: string, patterns: string[]): number {
  let n = 0;
  for (const p of patterns) for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) n++;
  return n;
}
