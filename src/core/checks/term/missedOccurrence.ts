import type { SourceHit } from '../../glossary';
import type { CheckUnit } from '../Check';
import { diagonalAlignmentOk, joinsNext, sourceSpans, targetSpans } from '../util/unitCache';
import type { UnitTerms } from './unitTerms';

/**
 * Which source occurrence of a concept lacks its rendering (terminology.not-followed, for a
 * term rendered fewer times than the source names it): by sentence alignment, the first
 * occurrence in the first pair of sentences whose source holds more occurrences than its
 * target holds renderings of the concept (those the term checks' pass counts: its hits,
 * approved or forbidden, not inside a longer hit rendering another source concept). The
 * alignment is the diagonal (diagonalAlignmentOk: most units); for the others, the relative
 * place in the text stands for it.
 * Counting in order ("the 2nd occurrence") named a rendered one whenever an earlier one was
 * the miss. −1 when no bead falls short (the renderings are found otherwise: 的 inside, a
 * kept English word): the caller then counts in order.
 */
export function missedOccurrence(unit: CheckUnit, terms: UnitTerms, conceptId: string, conceptNo: number, occurrences: SourceHit[]): number {
  const rendered = renderedStarts(terms, conceptId, conceptNo);
  const sb = sourceSpans(unit).bounds;
  const tb = targetSpans(unit).bounds;
  if (diagonalAlignmentOk(unit)) {
    // sentence k ↔ the k-th run of target sentences joined by ；/; (as diagonalAlignmentOk
    // pairs them): no alignment is made, most units are like this
    const t = unit.target;
    const count = tb.length / 2;
    let j = 0;
    for (let k = 0; 2 * k < sb.length && j < count; k++) {
      const from = j;
      while (j < count - 1 && joinsNext(t, tb[2 * j + 1])) j++;
      const miss = shortfall(occurrences, sb[2 * k], sb[2 * k + 1], rendered, tb[2 * from], tb[2 * j + 1]);
      if (miss >= 0) return miss;
      j++;
    }
    return -1;
  }
  // otherwise the alignment is not made for this (a few tens of µs a unit): each occurrence
  // in order takes the first rendering left at about its relative place in the text
  // (within a fifth of the text), the first that finds none is the miss
  const ns = unit.source.length;
  const nt = unit.target.length;
  let j = 0;
  for (let i = 0; i < occurrences.length; i++) {
    const p = occurrences[i].start / ns;
    while (j < rendered.length && rendered[j] / nt < p - NEAR) j++;
    if (j >= rendered.length || rendered[j] / nt > p + NEAR) return i;
    j++;
  }
  return -1;
}

/** How far (a fraction of the text) a rendering may sit from its occurrence's relative place. */
const NEAR = 0.2;

/** The first occurrence in source [s0, s1) left without a rendering in target [t0, t1), or −1. */
function shortfall(occurrences: SourceHit[], s0: number, s1: number, rendered: number[], t0: number, t1: number): number {
  let first = -1;
  let occ = 0;
  for (let i = 0; i < occurrences.length; i++) {
    const at = occurrences[i].start;
    if (at < s0 || at >= s1) continue;
    if (first < 0) first = i;
    occ++;
  }
  if (!occ) return -1;
  let found = 0;
  for (let i = 0; i < rendered.length; i++) if (rendered[i] >= t0 && rendered[i] < t1) found++;
  return found < occ ? first + found : -1;
}

/** Starts of the target hits of a concept that the term checks' pass counts for it. */
function renderedStarts(terms: UnitTerms, conceptId: string, conceptNo: number): number[] {
  const out: number[] = [];
  const all = terms.targetAll;
  const selected = terms.targetHits;
  let at = 0;
  for (let i = 0; i < all.length; i++) {
    const h = all[i];
    // a hit of one entry carries its concept's number: compared without reading the entry
    const no = h.conceptNo ?? -1;
    if (no >= 0 && conceptNo >= 0 ? no !== conceptNo : !hasConcept(h.entries, conceptId)) continue;
    while (at < selected.length && selected[at].end <= h.start) at++;
    let inside = false;
    for (let k = at; k < selected.length && selected[k].start <= h.start; k++) {
      const s = selected[k];
      if (s === h || s.end < h.end || s.end - s.start <= h.end - h.start) continue;
      // inside a longer hit of the concept (counted as that hit) or of another source concept
      for (const e of s.entries) if (e.conceptId === conceptId || terms.slotOfId(e.conceptId) >= 0) inside = true;
      break;
    }
    if (!inside) out.push(h.start);
  }
  return out;
}

function hasConcept(entries: { conceptId: string }[], conceptId: string): boolean {
  for (let k = 0; k < entries.length; k++) if (entries[k].conceptId === conceptId) return true;
  return false;
}
