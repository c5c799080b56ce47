import type { TargetPass } from './targetPass';
import type { UnitTerms } from './unitTerms';

/**
 * Renderings of a concept inside longer selected hits that the target has more of than the
 * source has of their own concept (terminology.not-followed): the shared pass does not count
 * 嵌入 inside 节点嵌入 when the source holds "node embedding", since that longer string renders
 * it; but a target with four 节点嵌入 for three "node embedding" renders something else with
 * the fourth ("the embeddings of graph nodes" → 图节点嵌入), whose 嵌入 and 节点 then count.
 * Each longer string's concept frees at most its surplus (target count − source count).
 * Run only for a concept about to be reported: a walk over the target's hits.
 */
export function surplusInside(terms: UnitTerms, counted: TargetPass, conceptId: string, conceptNo: number): number {
  // no source concept rendered more often than named (most units): nothing to spare
  const counts = counted.counts;
  const named = terms.hitCount;
  let some = false;
  for (let k = 0; k < named.length; k++) if (counts[k] > named[k]) { some = true; break; }
  if (!some) return 0;
  const all = terms.targetAll;
  const selected = terms.targetHits;
  let used: number[] | undefined;
  let n = 0;
  let at = 0;
  for (let i = 0; i < all.length; i++) {
    const h = all[i];
    // a hit of one entry carries its concept's number: compared without reading the entry
    const no = h.conceptNo ?? -1;
    if (no >= 0 && conceptNo >= 0 ? no !== conceptNo || h.status === 'forbidden' : !approvedOf(h.entries, conceptId)) continue;
    // the selected hit strictly containing h (selected hits never contain each other: sorted by start, their ends grow)
    while (at < selected.length && selected[at].end <= h.start) at++;
    let container = -1;
    for (let k = at; k < selected.length && selected[k].start <= h.start; k++) {
      const s = selected[k];
      if (s !== h && s.end >= h.end && s.end - s.start > h.end - h.start) { container = k; break; }
    }
    if (container < 0) continue;
    const entries = selected[container].entries;
    for (let k = 0; k < entries.length; k++) {
      const other = entries[k].conceptId;
      if (other === conceptId) break;
      const slot = terms.slotOfId(other);
      if (slot < 0) continue;
      used ??= [];
      const surplus = counts[slot] - named[slot] - (used[slot] ?? 0);
      if (surplus <= 0) continue;
      used[slot] = (used[slot] ?? 0) + 1;
      n++;
      break;
    }
  }
  return n;
}

function approvedOf(entries: { conceptId: string; status: string }[], conceptId: string): boolean {
  for (let k = 0; k < entries.length; k++) if (entries[k].conceptId === conceptId && entries[k].status !== 'forbidden') return true;
  return false;
}
