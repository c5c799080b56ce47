import { conceptInitials, conceptsByNo, type CompiledConcept, type CompiledGlossary } from '../../glossary';

/**
 * A glossary's concepts by their numbers (`conceptsByNo`), for the term checks that hold a
 * concept's number (`UnitTerms.conceptNos`, hits and entries), with what the checks work out
 * of a concept once, kept by the same numbers. `notFollowed` keeps what
 * terminology.not-followed decides of a concept before counting (see `NF_*`), filled on its
 * first need per concept (0: not yet).
 *
 * Made once per glossary, on first use; empty for a glossary without numbers (not made by
 * `compileGlossary`): callers then look the id up.
 */
export interface ConceptTable {
  readonly byNo: readonly (CompiledConcept | undefined)[];
  readonly notFollowed: Uint8Array;
  /** Per concept: the last letters of its initials (`INITIALS_KNOWN` | bit c − 'A' per letter; 0: not yet), see `lastInitials`. */
  readonly lastInitials: Int32Array;
}

/** Set in every `lastInitials` slot worked out (a concept with no initials has this bit alone). */
export const INITIALS_KNOWN = 1 << 30;

/** Decided (0: not yet). */
export const NF_KNOWN = 1;
/** Never counted: generic, or neither approved renderings nor a dnt name. */
export const NF_SKIP = 2;
/** An approved rendering longer than two characters (one may hold a 的). */
export const NF_LONG = 4;

const tables = new WeakMap<CompiledGlossary, ConceptTable>();
let lastGlossary: CompiledGlossary | undefined;
let lastTable: ConceptTable | undefined;

export function conceptTable(g: CompiledGlossary): ConceptTable {
  if (g === lastGlossary) return lastTable!;
  let t = tables.get(g);
  if (t === undefined) {
    t = build(g);
    tables.set(g, t);
  }
  lastGlossary = g;
  lastTable = t;
  return t;
}

function build(g: CompiledGlossary): ConceptTable {
  const byNo = conceptsByNo(g);
  return { byNo, notFollowed: new Uint8Array(byNo.length), lastInitials: new Int32Array(byNo.length) };
}

/** The concept of number `no` (−1: none) or, failing that, of id `id`. */
export function conceptOf(g: CompiledGlossary, t: ConceptTable, no: number, id: string): CompiledConcept | undefined {
  return (no >= 0 && no < t.byNo.length ? t.byNo[no] : undefined) ?? g.concepts.get(id);
}

/** What not-followed decides of a concept before counting (`NF_*`), kept per number. */
export function notFollowedFlags(g: CompiledGlossary, t: ConceptTable, no: number, id: string): number {
  if (no >= 0 && no < t.notFollowed.length) {
    const f = t.notFollowed[no];
    if (f !== 0) return f;
  }
  const f = flagsOf(conceptOf(g, t, no, id));
  if (no >= 0 && no < t.notFollowed.length) t.notFollowed[no] = f;
  return f;
}

function flagsOf(cc: CompiledConcept | undefined): number {
  // generic: free rendering of a general-language word
  if (!cc || cc.concept.generic || (!cc.approved.length && !cc.dnt)) return NF_KNOWN | NF_SKIP;
  const approved = cc.approved;
  for (let i = 0; i < approved.length; i++) if (approved[i].length > 2) return NF_KNOWN | NF_LONG;
  return NF_KNOWN;
}

/**
 * The last letters A–Z of concept `no`'s initials (`conceptInitials`) as bits (c − 'A'), with
 * `INITIALS_KNOWN` set; kept per number. A reading of an acronym's letters can use the concept
 * only where one of these letters is the next to read (a digit or other last character never is).
 */
export function lastInitials(t: ConceptTable, no: number): number {
  const known = t.lastInitials[no];
  if (known !== 0) return known;
  const cc = t.byNo[no];
  let bits = INITIALS_KNOWN;
  if (cc) {
    for (const ini of conceptInitials(cc)) {
      const c = ini.charCodeAt(ini.length - 1);
      if (c >= 0x41 && c <= 0x5a) bits |= 1 << (c - 0x41);
    }
  }
  t.lastInitials[no] = bits;
  return bits;
}
