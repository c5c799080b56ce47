import type { AlignedPair } from './AlignedPair';
import { alignmentAnchors, type AlignmentAnchors } from './alignmentAnchors';
import { mergeBeads } from './mergeBeads';
import type { Sentence } from './Sentence';

/** Variance of (target length − source length) per character, in English-character units. */
const S2 = 5;
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
const MAX_UNMATCHED = PRIOR['1-0'] + 2.5; // reached from 8 characters on (S2 = 5)
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

/** Standard normal upper-tail probability ×2, i.e. P(|Z| ≥ |z|) (Abramowitz–Stegun 26.2.17). */
function twoSidedTail(z: number): number {
  const x = Math.abs(z);
  const t = 1 / (1 + 0.2316419 * x);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return 2 * 0.3989422804014327 * Math.exp((-x * x) / 2) * poly;
}

function lengthCost(l1: number, l2: number): number {
  if (l1 === 0 && l2 === 0) return 0;
  const mean = (l1 + l2) / 2;
  const delta = (l2 - l1) / Math.sqrt(S2 * Math.max(mean, 1));
  const p = twoSidedTail(delta);
  return p > 1e-12 ? -Math.log(p) : 27.6;
}

/**
 * A lower bound of lengthCost without exp/log: twoSidedTail(z) ≤ 0.99999999895·e^(−z²/2)
 * (its polynomial is largest at z = 0), so −ln P ≥ z²/2; lengthCost caps at 27.6. Shrunk by
 * 1e-12 against rounding. Checked numerically: lengthCost − z²/2 ≥ 1.05e-9 for all z.
 */
function lengthFloor(l1: number, l2: number): number {
  const d = l2 - l1;
  const half = ((d * d) / (S2 * Math.max((l1 + l2) / 2, 1)) / 2) * (1 - 1e-12);
  return half < 27.6 ? half : 27.6;
}

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
  const tgtStrongAt = f.tgtStrongAt;

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
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = -1;
      // The moves in EVAL_ORDER: the cheap one-sided ones first, so that `best` is finite
      // before the costly two-sided ones, which the bounds below can then skip. The choice
      // is the same as in move order: the lowest cost, and on a tie the earlier move (k).
      for (let x = 0; x < 7; x++) {
        const k = EVAL_ORDER[x];
        const di = MOVE_I[k];
        const dj = MOVE_J[k];
        if (i < di || j < dj) continue;
        const pi = i - di;
        const pj = j - dj;
        if (pj < lo[pi] || pj > hi[pi]) continue;
        const prev = base[pi] + pj;
        const before = cost[prev];
        if (before === Infinity) continue;
        const l1 = srcLen[i] - srcLen[pi];
        const l2 = tgtLen[j] - tgtLen[pj];
        // a tie with the best so far goes to the earlier move
        const tieWins = k < bestMove;
        let c: number;
        if (di === 0 || dj === 0) c = l1 + l2 >= 8 ? MAX_UNMATCHED : Math.min(MAX_UNMATCHED, PRIOR_1_0 + lengthCost(l1, l2));
        else {
          // Skip a move that cannot beat the best one before its costly parts: the anchors
          // cost at least −bonus per strong anchor of the target sentences (capped), and
          // lengthCost ≥ lengthFloor (see there); floating-point addition is monotone, so
          // each bound is ≤ the move's cost. The chosen beads are exactly the same.
          const floor = MOVE_PRIOR[k] + lengthFloor(l1, l2);
          const most = tgtStrongAt[j] - tgtStrongAt[pj];
          const low = floor - ANCHOR_BONUS * (most < MAX_ANCHOR ? most : MAX_ANCHOR) + before;
          if (low > best || (low === best && !tieWins)) continue;
          const anchors = anchorCost(f, pi, i, pj, j);
          const bound = floor + anchors + before;
          if (bound > best || (bound === best && !tieWins)) continue;
          c = MOVE_PRIOR[k] + lengthCost(l1, l2) + anchors;
        }
        c += before;
        if (c < best || (c === best && tieWins)) {
          best = c;
          bestMove = k;
        }
      }
      const here = base[i] + j;
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
