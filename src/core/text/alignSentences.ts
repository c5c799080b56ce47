import type { AlignedPair } from './AlignedPair';
import { alignmentAnchors } from './alignmentAnchors';
import { MOVE_I as MOVE_I_OF, MOVE_J as MOVE_J_OF, oneSided as oneSidedOf, twoSided as twoSidedOf } from './beadCost';
import { anchorAllowance as anchorAllowanceOf, greedyPathCost as greedyPathCostOf } from './greedyBound';
import { mergeBeads } from './mergeBeads';
import type { Sentence } from './Sentence';

// Read once: a CommonJS build (tsx, the CLI) reads imports through getters (per move here).
const oneSided = oneSidedOf;
const twoSided = twoSidedOf;
const greedyPathCost = greedyPathCostOf;
const anchorAllowance = anchorAllowanceOf;
const MOVE_I = MOVE_I_OF;
const MOVE_J = MOVE_J_OF;

/** The order alignSpans tries the two-sided moves in (after 1–0 and 0–1; see there). */
const EVAL_ORDER = Int32Array.of(1, 2, 0, 3, 4, 5, 6);
/** Added to the pruning limit: far above the rounding error of any sum of costs here. */
const MARGIN = 1e-6;

/** Scratch buffers of alignSpans: band limits, row offsets, costs and moves of the cells. */
let LO = new Int32Array(64);
let HI = new Int32Array(64);
let BASE = new Int32Array(64);
let COST = new Float64Array(1024);
let MOVE = new Int8Array(1024);
/** Per row, the columns [FLO, FHI] holding every finite cell (empty when FLO > FHI). */
let FLO = new Int32Array(64);
let FHI = new Int32Array(64);
let REST = new Float64Array(64);

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
 * `srcBytes` (optional): `srcText` as englishBytes gives it (the `chars` of its EnglishWords
 * scan), which the anchors read faster; the result is the same.
 */
export function alignSpans(srcText: string, srcBounds: number[], tgtText: string, tgtBounds: number[], srcBytes: Uint8Array | null = null): AlignedPair[] {
  const n = srcBounds.length >> 1;
  const m = tgtBounds.length >> 1;
  if (n === 0) return range(0, m).map((j) => ({ source: [], target: [j] }));
  if (m === 0) return range(0, n).map((i) => ({ source: [i], target: [] }));
  const f = alignmentAnchors(srcText, srcBounds, tgtText, tgtBounds, srcBytes);
  const srcLen = f.srcLen;
  const tgtLen = f.tgtLen;

  const width = Math.max(12, Math.abs(n - m) + 10);
  // scratch buffers, reused from call to call (the aligner is synchronous)
  if (LO.length < n + 2) {
    LO = new Int32Array(2 * n + 2);
    HI = new Int32Array(2 * n + 2);
    BASE = new Int32Array(2 * n + 2);
    FLO = new Int32Array(2 * n + 2);
    FHI = new Int32Array(2 * n + 2);
  }
  if (REST.length < m + 1) REST = new Float64Array(2 * m + 2);
  const lo = LO;
  const hi = HI;
  const flo = FLO;
  const fhi = FHI;
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
  // Pruning (exact): the optimum costs at most `limit` (one path's cost), and from column j
  // on a path can lose at most rest[j] (anchorAllowance); a cell costing more than
  // limit + rest[j] lies on no optimal path, so it counts as unreachable (Infinity), moves
  // that would cost more are not worked out, and a row is visited only over the columns a
  // finite cell of the rows above (or the 0–1 chain of the row) can reach. The path chosen
  // is the same: its cells cost at most limit + rest[j], so each keeps its value and its move,
  // and every other cell only loses (a tie is still won by the same move).
  const limit = greedyPathCost(f, n, m, lo, hi) + MARGIN;
  const rest = REST;
  anchorAllowance(f, m, rest);
  // No clearing: every cell of [flo[i], fhi[i]] is written in this call before a later cell
  // reads it, and reads outside those columns are refused first; (0, 0) is set here.

  cost[0] = 0; // (0, 0): lo[0] is 0
  // The moves are tried in EVAL_ORDER — the cheap one-sided ones (1–0, 0–1) first, so that
  // `best` is finite before the costly two-sided ones, which the bounds in `twoSided` can
  // then skip — and the choice is the same as in move order: the lowest cost, and on a tie
  // the earlier move (k). Per row, what the moves read of rows i − 1 and i − 2 (finite
  // columns, offset, source length) is looked up once.
  for (let i = 0; i <= n; i++) {
    const sLen = srcLen[i];
    const lo1 = i >= 1 ? flo[i - 1] : 1;
    const hi1 = i >= 1 ? fhi[i - 1] : 0;
    const base1 = i >= 1 ? base[i - 1] : 0;
    const l1a = i >= 1 ? sLen - srcLen[i - 1] : 0;
    const lo2 = i >= 2 ? flo[i - 2] : 1;
    const hi2 = i >= 2 ? fhi[i - 2] : 0;
    const base2 = i >= 2 ? base[i - 2] : 0;
    const l1b = i >= 2 ? sLen - srcLen[i - 2] : 0;
    const base0 = base[i];
    // columns a move from the rows above can reach: 1–0 keeps j, the others add 1–3
    let from = i === 0 ? 0 : Math.min(lo1 <= hi1 ? lo1 : m + 1, lo2 <= hi2 ? lo2 + 1 : m + 1);
    const to = i === 0 ? 0 : Math.max(lo1 <= hi1 ? hi1 + 3 : -1, lo2 <= hi2 ? hi2 + 2 : -1);
    if (from < lo[i]) from = lo[i];
    let first = m + 1; // finite columns of this row
    let last = -1;
    for (let j = from, hj = hi[i]; j <= hj; j++) {
      // past what the rows above reach, only the 0–1 chain of this row goes on
      if (j > to && last !== j - 1) break;
      if (i === 0 && j === 0) {
        first = last = 0;
        continue;
      }
      const cap = limit + rest[j];
      let best = Infinity;
      let bestMove = -1;
      let c: number;
      let before: number;
      const tLen = tgtLen[j];
      // 1–0 (k 1): row i − 1, column j
      if (j >= lo1 && j <= hi1) {
        before = cost[base1 + j];
        if (before !== Infinity) {
          c = oneSided(l1a, tLen - tLen, before);
          if (c < best) {
            best = c;
            bestMove = 1;
          }
        }
      }
      // 0–1 (k 2): row i, column j − 1
      if (j - 1 >= first && j - 1 <= last) {
        before = cost[base0 + j - 1];
        if (before !== Infinity) {
          c = oneSided(sLen - sLen, tLen - tgtLen[j - 1], before);
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
        c = twoSided(f, k, i - di, i, pj, j, di === 1 ? l1a : l1b, tLen - tgtLen[pj], before, best < cap ? best : cap, tieWins);
        if (c < best || (c === best && tieWins)) {
          best = c;
          bestMove = k;
        }
      }
      if (best > cap) best = Infinity;
      const here = base0 + j;
      cost[here] = best;
      move[here] = bestMove;
      if (best !== Infinity) {
        if (first > m) first = j;
        last = j;
      }
    }
    flo[i] = first;
    fhi[i] = last;
  }

  const out: AlignedPair[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = j < flo[i] || j > fhi[i] ? -1 : move[base[i] + j];
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
