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
  // made once per concept, on its first need: code that runs this rarely is not optimised by
  // the engine, so it is written as plain loops (no closures, callbacks or regexes per string)
  const out: string[] = [];
  const c = cc.concept;
  const zh = c.zh;
  for (let i = 0; i < zh.length; i++) if (zh[i].status !== 'forbidden') addPattern(out, zh[i].text);
  const en = c.en;
  for (let i = 0; i < en.length; i++) {
    const e = en[i];
    addPattern(out, e.acronym);
    if (!c.dnt) continue;
    addName(out, e.text);
    const variants = e.variants;
    if (variants) for (let k = 0; k < variants.length; k++) addName(out, variants[k]);
  }
  const acronyms = cc.acronyms;
  for (let i = 0; i < acronyms.length; i++) addPattern(out, acronyms[i]);
  const plain: string[] = [];
  const latin: string[] = [];
  const pairs: number[] = [];
  for (let i = 0; i < out.length; i++) {
    const p = out[i];
    if (hasLowerLatin(p)) {
      latin.push(p);
      continue;
    }
    plain.push(p);
    for (let k = 0; k + 1 < p.length; k++) pairs.push((p.charCodeAt(k) << 16) | p.charCodeAt(k + 1));
  }
  const split: ApprovedPatterns = { plain, latin, pairs };
  cache.set(cc, split);
  return split;
}

/** `s` trimmed and folded, once. */
function addPattern(out: string[], s: string | undefined): void {
  if (!s) return;
  const t = s.trim();
  if (!t) return;
  const f = charClass.foldLatin(t);
  if (!out.includes(f)) out.push(f);
}

/** A do-not-translate name as written and, when hyphenated, without its hyphens and with spaces for them. */
function addName(out: string[], t: string): void {
  addPattern(out, t);
  if (t.indexOf('-') < 0) return;
  addPattern(out, t.replaceAll('-', ''));
  addPattern(out, t.replaceAll('-', ' '));
}

/** Some a–z (a folded string with Latin letters). */
function hasLowerLatin(p: string): boolean {
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
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
