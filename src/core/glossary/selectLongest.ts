/**
 * Overlap rule of the matcher: a hit strictly inside a longer hit is dropped (训练 inside
 * 预训练, 代理 inside 代理模型, "neural network" inside "graph neural network"). Hits with the
 * same span are all kept (one string, several concepts); hits that cross without one
 * containing the other are both kept. Returns hits sorted by start, longest first.
 * O(n log n).
 */
export function selectLongest<H extends { start: number; end: number }>(hits: H[]): H[] {
  if (hits.length < 2) return hits.slice();
  const sorted = inOrder(hits) ? hits : hits.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: H[] = [];
  let maxEndBefore = -1;
  for (let i = 0; i < sorted.length; ) {
    const start = sorted[i].start;
    const longestEnd = sorted[i].end;
    let j = i;
    for (; j < sorted.length && sorted[j].start === start; j++) {
      const h = sorted[j];
      if (h.end < longestEnd || maxEndBefore >= h.end) continue;
      kept.push(h);
    }
    if (longestEnd > maxEndBefore) maxEndBefore = longestEnd;
    i = j;
  }
  return kept;
}

/** Already sorted by start, longest first (matchers usually produce hits so): no copy, no sort. */
function inOrder(hits: { start: number; end: number }[]): boolean {
  for (let i = 1; i < hits.length; i++) {
    const a = hits[i - 1];
    const b = hits[i];
    if (a.start > b.start || (a.start === b.start && a.end < b.end)) return false;
  }
  return true;
}
