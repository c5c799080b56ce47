import { matchSource, matchTarget, matchTargetAll, type CompiledGlossary, type SourceHit, type TargetHit } from '../../glossary';
import type { CheckContext, CheckUnit } from '../Check';
import { grownInt32 } from './grownInt32';

/**
 * One unit's termbase hits on both sides, with the source's concepts numbered: the term
 * checks (forbidden, not-followed, inconsistent, names) all read this one analysis.
 */
export interface UnitTerms {
  hasSource: boolean;
  sourceHits: SourceHit[];
  /**
   * Concept id → its slot, for every concept of a source hit (every entry of a hit counts;
   * made on first read, see `slotOfId`).
   * Slots number the concepts in order of their first hit: `conceptIds[slot]`, the index in
   * `sourceHits` of its first hit `firstHit[slot]`, and how many hits name it `hitCount[slot]`
   * (a hit once per entry of the concept). The list itself: `conceptHits(terms, slot)`.
   */
  readonly slotOf: Map<string, number>;
  conceptIds: string[];
  firstHit: number[];
  hitCount: number[];
  /** Each slot's concept number (`CompiledGlossary.conceptNo`; −1 if it has none): the target side's integer key. */
  conceptNos: number[];
  /** The slot of a concept (−1: the source does not hold it); what `slotOf.get` says, without a Map for a few concepts. */
  slotOfId(conceptId: string): number;
  /** The target's hits, longest match winning (matchTarget). */
  targetHits: TargetHit[];
  /** Every occurrence in the target, those inside longer ones too (matchTargetAll: made in the same pass, `targetHits` are among them). */
  targetAll: TargetHit[];
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
  const terms = new Analysis(hasSource, sourceHits);
  const stamp = ++numbering.stamp;
  for (let i = 0; i < sourceHits.length; i++) {
    const h = sourceHits[i];
    const entries = h.entries;
    // one entry (most hits): the hit carries its concept and number, the entry is not read
    if (entries.length === 1) terms.addHit(h.conceptId, h.conceptNo ?? entries[0].conceptNo ?? -1, i, stamp);
    else for (let k = 0; k < entries.length; k++) terms.addHit(entries[k].conceptId, entries[k].conceptNo ?? -1, i, stamp);
  }
  terms.targetHits = unit.target ? matchTarget(g, unit.target) : [];
  terms.targetAll = unit.target ? matchTargetAll(g, unit.target) : [];
  return terms;
}

/**
 * Slots by concept number (`SourceEntry.conceptNo`) for the analysis being made (`stamp`
 * says which numbers are this analysis'; never cleared): a hit's slot is two typed-array
 * reads. (Measured: a Map by id per hit, or a scan of the ids, cost more.)
 */
const numbering = { stamp: 0, slotByNo: new Int32Array(256), noStamp: new Int32Array(256) };

function growNumbering(n: number): void {
  numbering.slotByNo = grownInt32(numbering.slotByNo, n);
  numbering.noStamp = grownInt32(numbering.noStamp, n);
}

/** Concepts a source may have before `slotOfId` asks a Map rather than scanning `conceptIds`. */
const SCANNED_SLOTS = 16;

/** A unit's analysis; `slotOf` (by concept id) is made on first read (the hot paths use numbers). */
class Analysis implements UnitTerms {
  conceptIds: string[] = [];
  conceptNos: number[] = [];
  firstHit: number[] = [];
  hitCount: number[] = [];
  targetHits: TargetHit[] = [];
  targetAll: TargetHit[] = [];
  private slots: Map<string, number> | undefined;

  constructor(readonly hasSource: boolean, readonly sourceHits: SourceHit[]) {}

  get slotOf(): Map<string, number> {
    let m = this.slots;
    if (m === undefined) {
      m = new Map<string, number>();
      for (let k = 0; k < this.conceptIds.length; k++) m.set(this.conceptIds[k], k);
      this.slots = m;
    }
    return m;
  }

  slotOfId(conceptId: string): number {
    const ids = this.conceptIds;
    if (ids.length > SCANNED_SLOTS) return this.slotOf.get(conceptId) ?? -1;
    for (let k = 0; k < ids.length; k++) if (ids[k] === conceptId) return k;
    return -1;
  }

  /** Source hit `i` names the concept `conceptId` (number `no`, −1: none). */
  addHit(conceptId: string, no: number, i: number, stamp: number): void {
    let slot: number;
    if (no >= 0) {
      if (no >= numbering.slotByNo.length) growNumbering(no + 1);
      slot = numbering.noStamp[no] === stamp ? numbering.slotByNo[no] : -1;
    } else slot = this.slotOfId(conceptId); // an entry without a number (not from compileGlossary)
    if (slot >= 0) {
      this.hitCount[slot]++;
      return;
    }
    slot = this.conceptIds.length;
    if (no >= 0) {
      numbering.noStamp[no] = stamp;
      numbering.slotByNo[no] = slot;
    }
    this.slots?.set(conceptId, slot);
    this.conceptIds.push(conceptId);
    this.conceptNos.push(no);
    this.firstHit.push(i);
    this.hitCount.push(1);
  }
}

/**
 * The source hits naming the concept of `slot`, in source order, a hit once for each of its
 * entries of that concept. Made on demand (most concepts need only their count or first hit).
 */
export function conceptHits(terms: UnitTerms, slot: number): SourceHit[] {
  const hits = terms.sourceHits;
  const id = terms.conceptIds[slot];
  const out: SourceHit[] = [];
  for (let i = terms.firstHit[slot]; i < hits.length && out.length < terms.hitCount[slot]; i++) {
    const h = hits[i];
    const entries = h.entries;
    if (entries.length === 1) {
      if (h.conceptId === id) out.push(h);
    } else for (let k = 0; k < entries.length; k++) if (entries[k].conceptId === id) out.push(h);
  }
  return out;
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
