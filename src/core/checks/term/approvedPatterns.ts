import { charClass, type CompiledConcept } from '../../glossary';

/** A concept's approved strings: those without Latin letters, and those with (folded to lower case). */
export interface ApprovedPatterns {
  plain: string[];
  latin: string[];
  /** Each two neighbouring characters of a plain string, as (first << 16) | second (see `mayGainWithoutDe`). */
  pairs: number[];
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
  const plain = out.filter((p) => !/[a-z]/.test(p));
  const pairs: number[] = [];
  for (const p of plain) for (let k = 0; k + 1 < p.length; k++) pairs.push((p.charCodeAt(k) << 16) | p.charCodeAt(k + 1));
  const split: ApprovedPatterns = { plain, latin: out.filter((p) => /[a-z]/.test(p)), pairs };
  cache.set(cc, split);
  return split;
}

/** Occurrences (overlapping ones too) of any of `patterns` in `text`. */
export function countOccurrences(text: string, patterns: string[]): number {
  let n = 0;
  for (const p of patterns) for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) n++;
  return n;
}

/**
 * `countOccurrences` in `text` with every `skip` character removed, without making that text:
 * a pattern holding `skip` cannot occur there; any other occurs once for each position of its
 * first character from which the next characters, passing over `skip`, spell it. `fold`:
 * compare with A–Z folded (the Latin patterns, which are folded).
 */
export function countOccurrencesSkipping(text: string, skip: number, patterns: string[], fold: boolean): number {
  let n = 0;
  for (const p of patterns) {
    if (p.indexOf(String.fromCharCode(skip)) >= 0) continue;
    const c0 = p.charCodeAt(0);
    const up = fold && c0 >= 0x61 && c0 <= 0x7a ? String.fromCharCode(c0 - 0x20) : undefined;
    for (let from = 0; ; ) {
      const a = text.indexOf(p[0], from);
      const b = up === undefined ? -1 : text.indexOf(up, from);
      const at = a < 0 ? b : b < 0 ? a : Math.min(a, b);
      if (at < 0) break;
      if (spells(text, at + 1, p, skip, fold)) n++;
      from = at + 1;
    }
  }
  return n;
}

/** text from `at` on, passing over `skip`, continues p (from its second character). */
function spells(text: string, at: number, p: string, skip: number, fold: boolean): boolean {
  for (let k = 1; k < p.length; k++) {
    while (at < text.length && text.charCodeAt(at) === skip) at++;
    if (at >= text.length) return false;
    let c = text.charCodeAt(at++);
    if (fold && c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== p.charCodeAt(k)) return false;
  }
  return true;
}
