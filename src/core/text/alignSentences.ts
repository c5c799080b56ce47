import type { AlignedPair } from './AlignedPair';
import { alignmentAnchors, type AlignmentAnchors } from './alignmentAnchors';
import { lengthCost as lengthCostOf, lengthFloor as lengthFloorOf } from './lengthCost';
import { mergeBeads } from './mergeBeads';
import type { Sentence } from './Sentence';

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
const ANCHOR_BONUS = 1.0;
const ANCHOR_PENALTY = 1.5;
const MAX_ANCHOR = 6;
/** Moves as [source sentences, target sentences]. */
const MOVES: [number, number][] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [1, 3],
];

/** Does any sentence in [a, b) contain anchor `id`? */
function inRange(mask: Uint32Array, words: number, a: number, b: number, id: number): boolean {
  const w = id >>> 5;
  const bit = 1 << (id & 31);
  for (let k = a; k < b; k++) if ((mask[k * words + w] & bit) !== 0) return true;
  return false;
}

/** Anchor part of a bead's cost: −bonus per shared anchor, +penalty per one-sided anchor. */
function anchorCost(f: AlignmentAnchors, si: number, sj: number, ti: number, tj: number): number {
  let matched = 0;
  let missing = 0;
  const tgtHit = f.tgtHit;
  const srcHit = f.srcHit;
  if (tgtHit !== null && srcHit !== null) {
    // from the precomputed counts
    const n = f.srcStrongAt.length - 1;
    const m = f.tgtStrongAt.length - 1;
    const di = sj - si;
    const dj = tj - ti;
    for (let k = ti; k < tj; k++) {
      const hit = tgtHit[(k * n + si) * 2 + di - 1];
      matched += hit;
      missing += f.tgtStrongAt[k + 1] - f.tgtStrongAt[k] - hit;
    }
    for (let k = si; k < sj; k++) missing += f.srcStrongAt[k + 1] - f.srcStrongAt[k] - srcHit[(k * m + ti) * 3 + dj - 1];
    return ANCHOR_PENALTY * Math.min(missing, MAX_ANCHOR) - ANCHOR_BONUS * Math.min(matched, MAX_ANCHOR);
  }
  const words = f.words;
  for (let x = f.tgtStrongAt[ti], e = f.tgtStrongAt[tj]; x < e; x++) {
    if (inRange(f.srcMask, words, si, sj, f.tgtStrong[x])) matched++;
    else missing++;
  }
  for (let x = f.srcStrongAt[si], e = f.srcStrongAt[sj]; x < e; x++) if (!inRange(f.tgtMask, words, ti, tj, f.srcStrong[x])) missing++;
  return ANCHOR_PENALTY * Math.min(missing, MAX_ANCHOR) - ANCHOR_BONUS * Math.min(matched, MAX_ANCHOR);
}

const MOVE_I = Int32Array.from(MOVES, (m) => m[0]);

/**
 * Total cost (with `before`, the cost of the cell it starts from) of the two-sided move k
 * from (pi, pj) to (i, j), or Infinity when it cannot beat `best` (tieWins: it wins a tie).
 * Skips the costly parts when a bound already loses: the anchors cost at least −bonus per
 * strong anchor of the target sentences (capped), and lengthCost ≥ lengthFloor (see there);
 * floating-point addition is monotone, so each bound is ≤ the move's cost, and the chosen
 * beads are exactly the same.
 */
function twoSided(f: AlignmentAnchors, k: number, pi: number, i: number, pj: number, j: number, l1: number, l2: number, before: number, best: number, tieWins: boolean): number {
  const floor = MOVE_PRIOR[k] + lengthFloor(l1, l2);
  const most = f.tgtStrongAt[j] - f.tgtStrongAt[pj];
  const low = floor - ANCHOR_BONUS * (most < MAX_ANCHOR ? most : MAX_ANCHOR) + before;
  if (low > best || (low === best && !tieWins)) return Infinity;
  const anchors = anchorCost(f, pi, i, pj, j);
  const bound = floor + anchors + before;
  if (bound > best || (bound === best && !tieWins)) return Infinity;
  return MOVE_PRIOR[k] + lengthCost(l1, l2) + anchors + before;
}
/** The order alignSpans tries the moves in: 1–0 and 0–1 first (see there). */
const EVAL_ORDER = Int32Array.of(1, 2, 0, 3, 4, 5, 6);
const MOVE_J = Int32Array.from(MOVES, (m) => m[1]);
const PRIOR_1_0 = PRIOR['1-0'];
/** Prior of each move with sentences on both sides (0 for the 1–0 / 0–1 moves). */
const MOVE_PRIOR = Float64Array.from(MOVES, ([di, dj]) =>
  di === 0 || dj === 0 ? 0 : di === 1 && dj === 1 ? PRIOR['1-1'] : di === 2 && dj === 2 ? PRIOR['2-2'] : dj === 3 ? PRIOR['1-3'] : PRIOR['2-1'],
);

/** Scratch buffers of alignSpans: band limits, row offsets, costs and moves of the cells. */
let LO = new Int32Array(64);
let HI = new Int32Array(64);
let BASE = new Int32Array(64);
let COST = new Float64Array(1024);
let MOVE = new Int8Array(1024);

/**
 * Align source (English) and target (Chinese) sentences in order, Gale–Church style:
 * dynamic programming over 1–1, 1–0, 0–1, 2–1, 1–2, 2–2 and 1–3 beads, each costing
 * −ln P(bead type) − ln P(length difference), lengths measured in English characters
 * (a Han character = 1/0.298 of one), plus anchors: numbers, acronyms and Latin names
 * found on both sides lower the cost, ones found on one side only raise it. Runs of
 * unmatched sentences on both sides between two matched beads become one bead; unmatched
 * Chinese clauses split off at "；" then join their neighbour bead (see mergeClauses), so a
 * bead may hold more than two target sentences.
 * Banded around the diagonal (width ≥ 12 sentences and ≥ |n−m| + 10), so long inputs
 * stay linear in practice. `srcText`/`tgtText` are accepted for API symmetry and unused:
 * the sentences carry their text.
 */
export function alignSentences(src: Sentence[], tgt: Sentence[], srcText?: string, tgtText?: string): AlignedPair[] {
  void srcText;
  void tgtText;
  const n = src.length;
  const m = tgt.length;
  if (n === 0) return tgt.map((_, j) => ({ source: [], target: [j] }));
  if (m === 0) return src.map((_, i) => ({ source: [i], target: [] }));
  const [sText, sBounds] = joined(src);
  const [tText, tBounds] = joined(tgt);
  return alignSpans(sText, sBounds, tText, tBounds);
}

/** The sentences' texts joined by newlines, with their spans in that text. */
function joined(sentences: Sentence[]): [string, number[]] {
  const bounds: number[] = [];
  let at = 0;
  for (const s of sentences) {
    bounds.push(at, at + s.text.length);
    at += s.text.length + 1;
  }
  return [sentences.map((s) => s.text).join('\n'), bounds];
}

/**
 * `alignSentences` on sentence spans: flat [start, end, …] offsets into `srcText` and
 * `tgtText` (as `sentenceSpans` gives them). Indices in the result refer to those spans.
 */
export function alignSpans(srcText: string, srcBounds: number[], tgtText: string, tgtBounds: number[]): AlignedPair[] {
  const n = srcBounds.length >> 1;
  const m = tgtBounds.length >> 1;
  if (n === 0) return range(0, m).map((j) => ({ source: [], target: [j] }));
  if (m === 0) return range(0, n).map((i) => ({ source: [i], target: [] }));
  const f = alignmentAnchors(srcText, srcBounds, tgtText, tgtBounds);
  const srcLen = f.srcLen;
  const tgtLen = f.tgtLen;

  const width = Math.max(12, Math.abs(n - m) + 10);
  // scratch buffers, reused from call to call (the aligner is synchronous)
  if (LO.length < n + 2) {
    LO = new Int32Array(2 * n + 2);
    HI = new Int32Array(2 * n + 2);
    BASE = new Int32Array(2 * n + 2);
  }
  const lo = LO;
  const hi = HI;
  // cell (i, j) is at base[i] + j (rows packed one after the other)
  const base = BASE;
  let size = 0;
  for (let i = 0; i <= n; i++) {
    const centre = Math.round((i * m) / n);
    lo[i] = Math.max(0, centre - width);
    hi[i] = Math.min(m, centre + width);
    base[i] = size - lo[i];
    size += hi[i] - lo[i] + 1;
  }
  if (COST.length < size) {
    COST = new Float64Array(2 * size);
    MOVE = new Int8Array(2 * size);
  }
  const cost = COST;
  const move = MOVE;
  // No clearing: every cell of the band is written (row by row) before a later cell reads it,
  // and a read outside the band is refused by the band test first; (0, 0) is set here.

  cost[0] = 0; // (0, 0): lo[0] is 0
  // The moves are tried in EVAL_ORDER — the cheap one-sided ones (1–0, 0–1) first, so that
  // `best` is finite before the costly two-sided ones, which the bounds in `twoSided` can
  // then skip — and the choice is the same as in move order: the lowest cost, and on a tie
  // the earlier move (k). Per row, what the moves read of rows i − 1 and i − 2 (band, offset,
  // source length) is looked up once.
  for (let i = 0; i <= n; i++) {
    const sLen = srcLen[i];
    const lo1 = i >= 1 ? lo[i - 1] : 1;
    const hi1 = i >= 1 ? hi[i - 1] : 0;
    const base1 = i >= 1 ? base[i - 1] : 0;
    const l1a = i >= 1 ? sLen - srcLen[i - 1] : 0;
    const lo2 = i >= 2 ? lo[i - 2] : 1;
    const hi2 = i >= 2 ? hi[i - 2] : 0;
    const base2 = i >= 2 ? base[i - 2] : 0;
    const l1b = i >= 2 ? sLen - srcLen[i - 2] : 0;
    const lo0 = lo[i];
    const base0 = base[i];
    for (let j = lo0, hj = hi[i]; j <= hj; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = -1;
      let c: number;
      let before: number;
      const tLen = tgtLen[j];
      // 1–0 (k 1): row i − 1, column j
      if (j >= lo1 && j <= hi1) {
        before = cost[base1 + j];
        if (before !== Infinity) {
          const l2 = tLen - tLen;
          c = (l1a + l2 >= 8 ? MAX_UNMATCHED : Math.min(MAX_UNMATCHED, PRIOR_1_0 + lengthCost(l1a, l2))) + before;
          if (c < best) {
            best = c;
            bestMove = 1;
          }
        }
      }
      // 0–1 (k 2): row i, column j − 1
      if (j >= 1 && j - 1 >= lo0) {
        before = cost[base0 + j - 1];
        if (before !== Infinity) {
          const l2 = tLen - tgtLen[j - 1];
          const l1 = sLen - sLen;
          c = (l1 + l2 >= 8 ? MAX_UNMATCHED : Math.min(MAX_UNMATCHED, PRIOR_1_0 + lengthCost(l1, l2))) + before;
          if (c < best || (c === best && 2 < bestMove)) {
            best = c;
            bestMove = 2;
          }
        }
      }
      // two-sided moves, in EVAL_ORDER: 1–1 (k 0), 2–1 (3), 1–2 (4), 2–2 (5), 1–3 (6)
      for (let x = 2; x < 7; x++) {
        const k = EVAL_ORDER[x];
        const di = MOVE_I[k];
        const pj = j - MOVE_J[k];
        if (pj < (di === 1 ? lo1 : lo2) || pj > (di === 1 ? hi1 : hi2)) continue;
        before = cost[(di === 1 ? base1 : base2) + pj];
        if (before === Infinity) continue;
        const tieWins = k < bestMove;
        c = twoSided(f, k, i - di, i, pj, j, di === 1 ? l1a : l1b, tLen - tgtLen[pj], before, best, tieWins);
        if (c < best || (c === best && tieWins)) {
          best = c;
          bestMove = k;
        }
      }
      const here = base0 + j;
      cost[here] = best;
      move[here] = bestMove;
    }
  }

  const out: AlignedPair[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = j < lo[i] || j > hi[i] ? -1 : move[base[i] + j];
    if (k < 0) throw new Error(`alignSentences: no path to (${i}, ${j})`);
    const di = MOVE_I[k];
    const dj = MOVE_J[k];
    out.push({ source: range(i - di, i), target: range(j - dj, j) });
    i -= di;
    j -= dj;
  }
  return mergeBeads(out.reverse(), tgtText, tgtBounds);
}

function range(a: number, b: number): number[] {
  const r: number[] = [];
  for (let x = a; x < b; x++) r.push(x);
  return r;
}
