import type { AlignmentAnchors } from './alignmentAnchors';
import { ANCHOR_BONUS, MAX_ANCHOR, MOVE_I, MOVE_J, MOVE_PRIOR, oneSided as oneSidedOf, twoSidedCost as twoSidedCostOf } from './beadCost';
import { lengthFloor as lengthFloorOf } from './lengthCost';

// Read once: a CommonJS build (tsx, the CLI) reads imports through getters.
const lengthFloor = lengthFloorOf;
const oneSided = oneSidedOf;
const twoSidedCost = twoSidedCostOf;
const MI = MOVE_I;
const MJ = MOVE_J;
const PRIOR = MOVE_PRIOR;
const BONUS = ANCHOR_BONUS;
const MOST = MAX_ANCHOR;

/**
 * The cost of one path through the aligner's band, as the dynamic programme sums it (each
 * move's cost added to the cost of the cell it starts from), or Infinity when the path leaves
 * the band: the optimum is at most this (floating-point addition is monotone, so the DP's cost
 * of every cell is at most this path's running total there). The path is chosen greedily
 * from (0, 0): 1–1, 2–1 or 1–2 by prior and length (lengthFloor), and the last source (or
 * target) sentence takes what is left of the other side, so an extra Chinese sentence at the
 * end joins the last bead instead of standing alone. Usually the optimum itself.
 */
export function greedyPathCost(f: AlignmentAnchors, n: number, m: number, lo: Int32Array, hi: Int32Array): number {
  const srcLen = f.srcLen;
  const tgtLen = f.tgtLen;
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < n || j < m) {
    let k: number;
    if (i === n) k = 2;
    else if (j === m) k = 1;
    else if (i === n - 1 && m - j <= 3) k = m - j === 1 ? 0 : m - j === 2 ? 4 : 6;
    else if (j === m - 1 && n - i === 2) k = 3;
    else {
      k = 0;
      let low = PRIOR[0] + lengthFloor(srcLen[i + 1] - srcLen[i], tgtLen[j + 1] - tgtLen[j]);
      if (i + 2 <= n) {
        const c = PRIOR[3] + lengthFloor(srcLen[i + 2] - srcLen[i], tgtLen[j + 1] - tgtLen[j]);
        if (c < low) {
          low = c;
          k = 3;
        }
      }
      if (j + 2 <= m && PRIOR[4] + lengthFloor(srcLen[i + 1] - srcLen[i], tgtLen[j + 2] - tgtLen[j]) < low) k = 4;
    }
    const di = MI[k];
    const dj = MJ[k];
    const l1 = srcLen[i + di] - srcLen[i];
    const l2 = tgtLen[j + dj] - tgtLen[j];
    total = di === 0 || dj === 0 ? oneSided(l1, l2, total) : twoSidedCost(f, k, i, i + di, j, j + dj, l1, l2, total);
    i += di;
    j += dj;
    if (j < lo[i] || j > hi[i]) return Infinity;
  }
  return total;
}

/**
 * `rest[j]`: how far below 0 the moves from column j to the end can bring a path's cost — at
 * most ANCHOR_BONUS × min(strong anchors, MAX_ANCHOR) per target sentence j … m − 1. Every
 * move costs at least 0 before its anchors (priors, length costs and 1–0/0–1 costs are ≥ 0),
 * a bead's anchor part is at least −bonus × min(its target sentences' strong anchors, cap),
 * and min(a + b, cap) ≤ min(a, cap) + min(b, cap). So a cell whose cost exceeds the optimum
 * plus rest[j] lies on no optimal path.
 */
export function anchorAllowance(f: AlignmentAnchors, m: number, rest: Float64Array): void {
  const at = f.tgtStrongAt;
  rest[m] = 0;
  for (let j = m - 1; j >= 0; j--) {
    const s = at[j + 1] - at[j];
    rest[j] = rest[j + 1] + BONUS * (s < MOST ? s : MOST);
  }
}
