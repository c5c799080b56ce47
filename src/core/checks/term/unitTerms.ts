import { matchSource, matchTarget, type CompiledGlossary, type SourceHit, type TargetHit } from '../../glossary';
import type { CheckUnit } from '../Check';

export interface UnitTerms {
  hasSource: boolean;
  sourceHits: SourceHit[];
  /** Source hits by concept id (every entry of a hit counts). */
  sourceByConcept: Map<string, SourceHit[]>;
  targetHits: TargetHit[];
}

interface Cached {
  g: CompiledGlossary;
  source: string;
  target: string;
  terms: UnitTerms;
}

/** Units whose analysis is kept: more than a document's worth, bounded so a 100,000-unit run does not hold them all. */
const CACHE_UNITS = 512;

/**
 * Per unit object, for the most recent units: the last analysis, with the glossary and
 * texts it was made for. The term checks of one unit share it, and a document's unchanged
 * units keep theirs when one edited unit is checked again with a new document array.
 */
const cache = new Map<CheckUnit, Cached>();

/** Matches both sides of a unit once (checks may call this freely: recent units' analyses are cached). */
export function unitTerms(g: CompiledGlossary, unit: CheckUnit): UnitTerms {
  const c = cache.get(unit);
  if (c && c.g === g && c.source === unit.source && c.target === unit.target) return c.terms;
  const terms = analyse(g, unit);
  if (c) cache.delete(unit);
  else if (cache.size >= CACHE_UNITS) cache.delete(cache.keys().next().value!);
  cache.set(unit, { g, source: unit.source, target: unit.target, terms });
  return terms;
}

function analyse(g: CompiledGlossary, unit: CheckUnit): UnitTerms {
  const hasSource = hasText(unit.source);
  const sourceHits = hasSource ? matchSource(g, unit.source) : [];
  const sourceByConcept = new Map<string, SourceHit[]>();
  for (let i = 0; i < sourceHits.length; i++) {
    const h = sourceHits[i];
    const entries = h.entries;
    // one concept (most hits): its id is on the hit, no entry to read
    if (entries.length === 1) addHit(sourceByConcept, h.conceptId, h);
    else for (let k = 0; k < entries.length; k++) addHit(sourceByConcept, entries[k].conceptId, h);
  }
  const targetHits = unit.target ? matchTarget(g, unit.target) : [];
  return { hasSource, sourceHits, sourceByConcept, targetHits };
}

function addHit(byConcept: Map<string, SourceHit[]>, conceptId: string, h: SourceHit): void {
  const list = byConcept.get(conceptId);
  if (list) list.push(h);
  else byConcept.set(conceptId, [h]);
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
