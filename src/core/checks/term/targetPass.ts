import type { TargetEntry, TargetHit } from '../../glossary';
import type { UnitTerms } from './unitTerms';
import { grownInt32 } from './grownInt32';

/**
 * One pass over a unit's target hits (from its `unitTerms` analysis) that serves the four term checks (before, each walked
 * the hits itself, looking the source concepts up again): every occurrence (`all`, matchTargetAll)
 * once, in start order, with the selected hits (matchTarget: the same objects, a subsequence)
 * recognised on the way. One look-up of the source concept's slot per hit feeds:
 * - terminology.not-followed: renderings counted per source concept (`counts`);
 * - terminology.forbidden: the selected hits that may be forbidden (`forbidden`: a forbidden
 *   first entry, or several entries), the others are approved renderings of one concept;
 * - names.protected: the selected hits that may name something (`names`: a first entry that is
 *   not Chinese, or several entries);
 * - terminology.inconsistent (with a source): each selected hit's Chinese entries whose concept
 *   the source holds (`hits`/`concepts`/`entryAt`: the rendering is the canonical text of
 *   `hits[i].entries[entryAt[i]]`, see `renderingOf`), each compared with the first rendering of
 *   its concept (`several`: some concept has two). The same entry list at the same index (a
 *   pattern's entries are one list in the glossary) is the same rendering: the entries and
 *   their texts are read only for two different ones of one concept (they are glossary objects
 *   far from the hits in memory).
 *
 * The checks of a unit run one after the other, synchronously: one instance serves every unit,
 * its arrays kept (`n…` say how much is this unit's) and made again when another analysis asks.
 */
export class TargetPass {
  terms: UnitTerms | undefined;
  /** Renderings per source concept slot: not-followed's count (see `countRenderings`). */
  counts = new Int32Array(64);
  forbidden: TargetHit[] = [];
  nForbidden = 0;
  names: TargetHit[] = [];
  nNames = 0;
  hits: TargetHit[] = [];
  concepts: string[] = [];
  entryAt: number[] = [];
  /** The source concept slot of each attribution. */
  slotAt = new Int32Array(64);
  n = 0;
  /** Some concept of the source is rendered two ways (attributed as inconsistent does with a source). */
  several = false;
  /** Per selected hit of the pass: 1 when it renders a source concept (see `run`). */
  private renders = new Uint8Array(64);
  /** Per slot: the pass (stamp) that saw it first, its first rendering (entry list and index), the pass that saw a second one. */
  private firstSeen = new Int32Array(64);
  private severalSeen = new Int32Array(64);
  private firstList: TargetEntry[][] = [];
  /**
   * Per concept number (`CompiledGlossary.conceptNo`, carried by the hits): the source slot,
   * valid when `noStamp[no]` is this pass' stamp (set from the analysis' few numbered
   * concepts when a pass starts; never cleared): a hit's slot is two typed-array reads, where
   * a Map by id (or a scan of the ids) cost more.
   */
  private slotByNo = new Int32Array(256);
  private noStamp = new Int32Array(256);
  private firstAt: number[] = [];
  private stamp = 0;

  /** The rendering of attribution i (its entry's canonical text). */
  renderingOf(i: number): string {
    return this.hits[i].entries[this.entryAt[i]].canonical;
  }

  /** Renderings counted for a concept (0 when the source does not hold it). */
  countOf(conceptId: string): number {
    const k = this.terms!.slotOfId(conceptId);
    return k < 0 ? 0 : this.counts[k];
  }

  /** Whether a concept of the source has two renderings among the selected hits. */
  hasSeveral(conceptId: string): boolean {
    const k = this.terms!.slotOfId(conceptId);
    return k >= 0 && this.severalSeen[k] === this.stamp;
  }

  /** Whether attribution i's concept has two renderings (`hasSeveral` of its concept, without a look-up). */
  severalAt(i: number): boolean {
    return this.severalSeen[this.slotAt[i]] === this.stamp;
  }

  run(terms: UnitTerms): this {
    if (this.terms === terms) return this;
    // owned by this analysis only once complete (a pass cut short by an error is made again)
    this.terms = undefined;
    const all = terms.targetAll;
    const slots = terms.conceptIds.length;
    if (this.counts.length < slots) this.grow(slots);
    const counts = this.counts;
    for (let k = 0; k < slots; k++) counts[k] = 0;
    this.nForbidden = this.nNames = this.n = 0;
    this.several = false;
    const stamp = ++this.stamp;
    const selected = terms.targetHits;
    this.numberSlots(terms.conceptNos, stamp);
    // with no source no concept has a slot: nothing is counted or attributed
    const hasSlots = slots > 0;
    // the selected hit at or before the current one (both lists in start order)
    let at = -1;
    let prevStart = -1;
    if (this.renders.length < selected.length) this.renders = new Uint8Array(Math.max(selected.length, 2 * this.renders.length));
    // per selected hit (by index): whether it renders a source concept, set when the pass
    // reaches it; a container comes before the hits inside it (it starts no later and is longer)
    const renders = this.renders;
    for (let i = 0; i < all.length; i++) {
      const h = all[i];
      // most hits have one entry, whose concept number the hit carries (−1: several, read
      // the entries): two typed-array reads decide, the entry list is not touched
      const no = h.conceptNo ?? -1;
      const single = no >= 0;
      const only = hasSlots && single ? this.slotOfNo(no, stamp) : -1;
      // not-followed's count: the hit renders source concepts …
      const rendersSource = hasSlots && (single ? only >= 0 : this.anyIn(h.entries, terms, stamp));
      if (h.start < prevStart) at = -1;
      prevStart = h.start;
      while (at + 1 < selected.length && selected[at + 1].start <= h.start) at++;
      const isSelected = at >= 0 && selected[at] === h;
      if (isSelected) {
        this.select(h, single, only, terms, stamp);
        renders[at] = rendersSource ? 1 : 0;
      }
      if (!rendersSource) continue;
      // … unless inside a longer string that renders another source term (a selected hit is
      // inside no other: selection keeps the longest)
      const container = isSelected ? -1 : containerAt(selected, at, h);
      if (container >= 0 && renders[container] === 1) continue;
      if (only >= 0) {
        if (container < 0 || h.status !== 'forbidden') counts[only]++;
        continue;
      }
      const entries = h.entries;
      for (let j = 0; j < entries.length; j++) {
        const e = entries[j];
        if (container >= 0 && e.status === 'forbidden') continue;
        const k = this.slotOfEntry(e, terms, stamp);
        if (k >= 0) counts[k]++;
      }
    }
    this.terms = terms;
    return this;
  }

  /** A selected hit: what forbidden, names and inconsistent look at. */
  private select(h: TargetHit, single: boolean, only: number, terms: UnitTerms, stamp: number): void {
    if (!single || h.status === 'forbidden') this.forbidden[this.nForbidden++] = h;
    if (!single || h.kind !== 'zh') this.names[this.nNames++] = h;
    if (single) {
      if (only >= 0 && h.kind === 'zh') this.attribute(h, h.conceptId, h.entries, 0, only, stamp);
      return;
    }
    const entries = h.entries;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (e.kind !== 'zh') continue;
      const k = this.slotOfEntry(e, terms, stamp);
      if (k >= 0) this.attribute(h, e.conceptId, entries, i, k, stamp);
    }
  }

  private attribute(h: TargetHit, conceptId: string, list: TargetEntry[], at: number, slot: number, stamp: number): void {
    const n = this.n++;
    this.hits[n] = h;
    this.concepts[n] = conceptId;
    this.entryAt[n] = at;
    if (n >= this.slotAt.length) {
      const grown = new Int32Array(2 * this.slotAt.length);
      grown.set(this.slotAt);
      this.slotAt = grown;
    }
    this.slotAt[n] = slot;
    if (this.firstSeen[slot] !== stamp) {
      this.firstSeen[slot] = stamp;
      this.firstList[slot] = list;
      this.firstAt[slot] = at;
    } else if (!sameRendering(this.firstList[slot], this.firstAt[slot], list, at)) {
      this.severalSeen[slot] = stamp;
      this.several = true;
    }
  }

  /** Marks each numbered source concept with its slot for this pass (the tables grown to the largest number). */
  private numberSlots(nos: number[], stamp: number): void {
    for (let k = 0; k < nos.length; k++) {
      const no = nos[k];
      if (no < 0) continue;
      if (no >= this.noStamp.length) this.growNumbers(no + 1);
      this.slotByNo[no] = k;
      this.noStamp[no] = stamp;
    }
  }

  /** The source slot of concept number `no`, −1 when the source does not hold it. */
  private slotOfNo(no: number, stamp: number): number {
    return no < this.noStamp.length && this.noStamp[no] === stamp ? this.slotByNo[no] : -1;
  }

  private growNumbers(n: number): void {
    this.slotByNo = grownInt32(this.slotByNo, n);
    this.noStamp = grownInt32(this.noStamp, n);
  }

  /** An entry's source slot, −1 when the source does not hold its concept (by number; by id for an entry without one). */
  private slotOfEntry(e: TargetEntry, terms: UnitTerms, stamp: number): number {
    const no = e.conceptNo;
    return no === undefined ? terms.slotOfId(e.conceptId) : this.slotOfNo(no, stamp);
  }

  /** The source slot of an entry's concept, −1 when the source does not hold it (for the analysis of the last `run`). */
  sourceSlot(e: TargetEntry): number {
    return this.slotOfEntry(e, this.terms!, this.stamp);
  }

  /** Some entry's concept is held by the source. */
  private anyIn(entries: TargetEntry[], terms: UnitTerms, stamp: number): boolean {
    for (let i = 0; i < entries.length; i++) if (this.slotOfEntry(entries[i], terms, stamp) >= 0) return true;
    return false;
  }

  private grow(n: number): void {
    this.counts = new Int32Array(Math.max(n, 2 * this.counts.length));
    this.firstSeen = grownInt32(this.firstSeen, this.counts.length);
    this.severalSeen = grownInt32(this.severalSeen, this.counts.length);
  }
}

/** The canonical texts of two entries are equal (the same list and index, or the same entry object, need no text). */
function sameRendering(a: TargetEntry[], i: number, b: TargetEntry[], j: number): boolean {
  if (a === b && i === j) return true;
  const x = a[i];
  const y = b[j];
  return x === y || x.canonical === y.canonical;
}

/**
 * The index of the selected hit strictly containing `h`, or −1. Selected hits never contain
 * each other, so sorted by start their ends never decrease: the candidate is the last one
 * starting at or before `h` (index `at`, or one of the two before it when starts tie).
 */
function containerAt(selected: TargetHit[], at: number, h: TargetHit): number {
  for (let i = at; i >= 0 && i >= at - 2; i--) {
    const s = selected[i];
    if (s !== h && s.start <= h.start && s.end >= h.end && s.end - s.start > h.end - h.start) return i;
  }
  return -1;
}

/** The pass of the unit being checked (see TargetPass). */
const shared = new TargetPass();

/** The pass over the analysis' target hits, made on the first call for this analysis. */
export function targetPass(terms: UnitTerms): TargetPass {
  return shared.run(terms);
}
