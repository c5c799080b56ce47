import type { AlignmentAnchors } from './alignmentAnchors';
import { lengthCost as lengthCostOf, lengthFloor as lengthFloorOf } from './lengthCost';

// Read once: a CommonJS build (tsx, the CLI) reads imports through getters (per move here).
const lengthCost = lengthCostOf;
const lengthFloor = lengthFloorOf;

/** −ln of the prior probability of each bead type (Gale & Church 1993). */
const PRIOR = {
  '1-1': -Math.log(0.89),
  '1-0': -Math.log(0.0099 / 2),
  '2-1': -Math.log(0.089 / 2),
  '2-2': -Math.log(0.011),
  /** Not in Gale–Church: Chinese splits enumerations at "；" into three clauses or more. */
  '1-3': -Math.log(0.01),
};
/**
 * A sentence left unmatched costs at most this much: Gale–Church charges deletions by
 * length, which glues a dropped sentence onto its neighbour; capping it lets a clear
 * omission (a whole sentence the MT lost) stand alone.
 */
const MAX_UNMATCHED = PRIOR['1-0'] + 2.5; // reached from 8 characters on (lengthCost's S2 = 5)
export const ANCHOR_BONUS = 1.0;
const ANCHOR_PENALTY = 1.5;
export const MAX_ANCHOR = 6;
/** Moves (k) as [source sentences, target sentences]: 1–1, 1–0, 0–1, 2–1, 1–2, 2–2, 1–3. */
const MOVES: [number, number][] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [1, 3],
];
export const MOVE_I = Int32Array.from(MOVES, (m) => m[0]);
export const MOVE_J = Int32Array.from(MOVES, (m) => m[1]);
const PRIOR_1_0 = PRIOR['1-0'];
/** Prior of each move with sentences on both sides (0 for the 1–0 / 0–1 moves). */
export const MOVE_PRIOR = Float64Array.from(MOVES, ([di, dj]) =>
  di === 0 || dj === 0 ? 0 : di === 1 && dj === 1 ? PRIOR['1-1'] : di === 2 && dj === 2 ? PRIOR['2-2'] : dj === 3 ? PRIOR['1-3'] : PRIOR['2-1'],
);

/**
 * Cost of a 1–0 or 0–1 move over l1 + l2 characters (one of them 0), with `before`, the
 * cost of the cell it starts from. Never below 0 before `before` is added.
 */
export function oneSided(l1: number, l2: number, before: number): number {
  return (l1 + l2 >= 8 ? MAX_UNMATCHED : Math.min(MAX_UNMATCHED, PRIOR_1_0 + lengthCost(l1, l2))) + before;
}

/** Does any sentence in [a, b) contain anchor `id`? */
function inRange(mask: Uint32Array, words: number, a: number, b: number, id: number): boolean {
  const w = id >>> 5;
  const bit = 1 << (id & 31);
  for (let k = a; k < b; k++) if ((mask[k * words + w] & bit) !== 0) return true;
  return false;
}

/**
 * Anchor part of a bead's cost: −bonus per shared anchor, +penalty per one-sided anchor (each
 * count capped at MAX_ANCHOR). At least −ANCHOR_BONUS × min(strong anchors of the bead's
 * target sentences, MAX_ANCHOR): only those can be shared.
 */
export function anchorCost(f: AlignmentAnchors, si: number, sj: number, ti: number, tj: number): number {
  let matched = 0;
  let missing = 0;
  const words = f.words;
  for (let x = f.tgtStrongAt[ti], e = f.tgtStrongAt[tj]; x < e; x++) {
    if (inRange(f.srcMask, words, si, sj, f.tgtStrong[x])) matched++;
    else missing++;
  }
  for (let x = f.srcStrongAt[si], e = f.srcStrongAt[sj]; x < e; x++) if (!inRange(f.tgtMask, words, ti, tj, f.srcStrong[x])) missing++;
  return ANCHOR_PENALTY * Math.min(missing, MAX_ANCHOR) - ANCHOR_BONUS * Math.min(matched, MAX_ANCHOR);
}

/** Full cost of the two-sided move k from (pi, pj) to (i, j) over l1, l2 characters, with `before`. */
export function twoSidedCost(f: AlignmentAnchors, k: number, pi: number, i: number, pj: number, j: number, l1: number, l2: number, before: number): number {
  return MOVE_PRIOR[k] + lengthCost(l1, l2) + anchorCost(f, pi, i, pj, j) + before;
}

/**
 * Total cost (with `before`, the cost of the cell it starts from) of the two-sided move k
 * from (pi, pj) to (i, j), or Infinity when it cannot beat `best` (tieWins: it wins a tie).
 * Skips the costly parts when a bound already loses: the anchors cost at least −bonus per
 * strong anchor of the target sentences (capped), and lengthCost ≥ lengthFloor (see there);
 * floating-point addition is monotone, so each bound is ≤ the move's cost, and the chosen
 * beads are exactly the same. The value returned is twoSidedCost's, summed in its order.
 */
export function twoSided(f: AlignmentAnchors, k: number, pi: number, i: number, pj: number, j: number, l1: number, l2: number, before: number, best: number, tieWins: boolean): number {
  const floor = MOVE_PRIOR[k] + lengthFloor(l1, l2);
  const most = f.tgtStrongAt[j] - f.tgtStrongAt[pj];
  const low = floor - ANCHOR_BONUS * (most < MAX_ANCHOR ? most : MAX_ANCHOR) + before;
  if (low > best || (low === best && !tieWins)) return Infinity;
  const anchors = anchorCost(f, pi, i, pj, j);
  const bound = floor + anchors + before;
  if (bound > best || (bound === best && !tieWins)) return Infinity;
  return MOVE_PRIOR[k] + lengthCost(l1, l2) + anchors + before;
}
