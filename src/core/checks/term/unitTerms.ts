import { matchSource, matchTarget, type CompiledGlossary, type SourceHit, type TargetHit } from '../../glossary';
import type { CheckContext, CheckUnit } from '../Check';

/**
 * One unit's termbase hits on both sides, with the source's concepts numbered: the term
 * checks (forbidden, not-followed, inconsistent, names) all read this one analysis.
 */
export interface UnitTerms {
  hasSource: boolean;
  sourceHits: SourceHit[];
  /**
   * Concept id → its slot, for every concept of a source hit (every entry of a hit counts).
   * Slots number the concepts in order of their first hit: `conceptIds[slot]` and
   * `conceptHits[slot]` (the source hits of the concept, in source order).
   */
  slotOf: Map<string, number>;
  conceptIds: string[];
  conceptHits: SourceHit[][];
  targetHits: TargetHit[];
}

interface Cached {
  g: CompiledGlossary;
  unit: CheckUnit;
  source: string;
  target: string;
  terms: UnitTerms;
}

/** Units whose analysis is kept: more than a document's worth, bounded so a 100,000-unit run does not hold them all. */
const CACHE_UNITS = 512;

/**
 * Per unit object, for the most recent units of documents of several units: the last
 * analysis, with the glossary and texts it was made for. A document's statistics and each of
 * its unit's checks share it, and a document's unchanged units keep theirs when one edited
 * unit is checked again with a new document array.
 */
const cache = new Map<CheckUnit, Cached>();

/**
 * The last analysis made or found: the checks of one unit run one after the other, so this
 * answers all but the first of them without a look-up. A unit checked alone (a document of
 * one unit) is kept here only, not in `cache`: its analysis then dies young (no promotion of
 * 512 units' hits to the old generation, which the collector would pay for).
 */
let last: Cached | undefined;

/**
 * Matches both sides of a unit once (checks may call this freely: the analysis is cached).
 * `keep`: also keep it among the recent units (false for a unit checked alone, see `keepFor`).
 */
export function unitTerms(g: CompiledGlossary, unit: CheckUnit, keep = true): UnitTerms {
  const l = last;
  if (l !== undefined && l.unit === unit && l.g === g && l.source === unit.source && l.target === unit.target) return l.terms;
  let c = cache.get(unit);
  if (c === undefined || c.g !== g || c.source !== unit.source || c.target !== unit.target) {
    c = { g, unit, source: unit.source, target: unit.target, terms: analyse(g, unit) };
    if (keep) {
      if (cache.has(unit)) cache.delete(unit);
      else if (cache.size >= CACHE_UNITS) cache.delete(cache.keys().next().value!);
      cache.set(unit, c);
    }
  }
  last = c;
  return c.terms;
}

/** Whether a check's unit belongs to a document of several units (whose analyses are worth keeping). */
export function keepFor(ctx: CheckContext): boolean {
  const units = ctx.document?.units;
  return units !== undefined && units.length > 1;
}

function analyse(g: CompiledGlossary, unit: CheckUnit): UnitTerms {
  const hasSource = hasText(unit.source);
  const sourceHits = hasSource ? matchSource(g, unit.source) : [];
  const slotOf = new Map<string, number>();
  const conceptIds: string[] = [];
  const conceptHits: SourceHit[][] = [];
  for (let i = 0; i < sourceHits.length; i++) {
    const h = sourceHits[i];
    const entries = h.entries;
    // one concept (most hits): its id is on the hit, no entry to read
    if (entries.length === 1) addHit(slotOf, conceptIds, conceptHits, h.conceptId, h);
    else for (let k = 0; k < entries.length; k++) addHit(slotOf, conceptIds, conceptHits, entries[k].conceptId, h);
  }
  const targetHits = unit.target ? matchTarget(g, unit.target) : [];
  return { hasSource, sourceHits, slotOf, conceptIds, conceptHits, targetHits };
}

function addHit(slotOf: Map<string, number>, ids: string[], lists: SourceHit[][], conceptId: string, h: SourceHit): void {
  const slot = slotOf.get(conceptId);
  if (slot === undefined) {
    slotOf.set(conceptId, ids.length);
    ids.push(conceptId);
    lists.push([h]);
    return;
  }
  lists[slot].push(h);
}

/** Some character that is not whitespace (what `s.trim() !== ''` says, without a copy). */
function hasText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) return true;
    if (!/\s/.test(s[i])) return true;
  }
  return false;
}
