/**
 * Translation Edit Rate with shifts (Snover et al. 2006), following the algorithm of
 * sacrebleu's `lib_ter.py` (itself a port of tercom 0.7.25): greedy block shifts chosen by
 * the largest edit-distance gain (ties: longer block, earlier block, earlier target),
 * shift blocks of at most 10 words moved at most 50 positions, a beam of 25 around the
 * pseudo-diagonal of the edit-distance matrix, and at most 1,000 shift candidates per pair.
 *
 * TER = (shifts + insertions + deletions + substitutions) / number of reference tokens.
 * HTER is TER with the post-edited text as reference: `translationEditRate(mt, pe)`.
 * Tokens are compared exactly; sacrebleu lower-cases by default, so do we
 * (`caseSensitive: false`). The MLQE-PE HTER test in tests/core/score checks agreement.
 */
import { BeamEditDistance, OP_DEL, OP_INS, OP_NOP, OP_SUB } from './BeamEditDistance';

export interface TerOptions {
  /** Compare tokens case-sensitively. Default false (sacrebleu's and tercom's default). */
  caseSensitive?: boolean;
  /** Longest block a shift may move (tercom: 10). */
  maxShiftSize?: number;
  /** Farthest a block may move, in tokens (tercom: 50). */
  maxShiftDistance?: number;
  /** Half-width of the band computed around the diagonal (tercom: 25). */
  beamWidth?: number;
  /** Budget of evaluated shift candidates per pair (sacrebleu: 1,000). */
  maxShiftCandidates?: number;
}

export interface TerResult {
  /** Shifts + insertions + deletions + substitutions. */
  edits: number;
  /** Block shifts among the edits. */
  shifts: number;
  /** Number of reference tokens (the denominator). */
  refLength: number;
  /** edits / refLength (0..∞, usually ≤ 1); 1 when the reference is empty and the hypothesis is not. */
  ter: number;
}

interface Limits {
  maxShiftSize: number;
  maxShiftDistance: number;
  maxShiftCandidates: number;
}

/** TER of a tokenised hypothesis against a tokenised reference. */
export function translationEditRate(hypTokens: readonly string[], refTokens: readonly string[], options: TerOptions = {}): TerResult {
  const norm = options.caseSensitive ? (t: string) => t : (t: string) => t.toLowerCase();
  // Map tokens to small integers: equality tests become integer compares.
  const ids = new Map<string, number>();
  const idOf = (t: string): number => {
    const k = norm(t);
    let id = ids.get(k);
    if (id === undefined) {
      id = ids.size;
      ids.set(k, id);
    }
    return id;
  };
  const ref = refTokens.map(idOf);
  let hyp = hypTokens.map(idOf);
  if (ref.length === 0) {
    const edits = hyp.length;
    return { edits, shifts: 0, refLength: 0, ter: edits > 0 ? 1 : 0 };
  }
  const limits: Limits = {
    maxShiftSize: options.maxShiftSize ?? 10,
    maxShiftDistance: options.maxShiftDistance ?? 50,
    maxShiftCandidates: options.maxShiftCandidates ?? 1000,
  };
  const ed = new BeamEditDistance(ref, hyp.length, options.beamWidth ?? 25);
  let shifts = 0;
  const budget = { checked: 0 };
  for (;;) {
    const best = bestShift(hyp, ref, ed, limits, budget);
    if (budget.checked >= limits.maxShiftCandidates) break;
    if (best === null || best.gain <= 0) break;
    shifts += 1;
    hyp = best.words;
  }
  const edits = shifts + ed.distance(hyp).cost;
  return { edits, shifts, refLength: ref.length, ter: edits / ref.length };
}

/** TER on whitespace-tokenised strings (MLQE-PE style: tokens separated by spaces). */
export function terOfTokenisedText(hyp: string, ref: string, options?: TerOptions): TerResult {
  const split = (s: string) => s.split(/\s+/).filter((t) => t.length > 0);
  return translationEditRate(split(hyp), split(ref), options);
}

/**
 * HTER as published with MLQE-PE: TER of the MT against its post-edit on
 * whitespace-tokenised text, capped at 1 (the published values never exceed 1.0).
 */
export function hter(mt: string, postEdit: string, options?: TerOptions): number {
  return Math.min(1, terOfTokenisedText(mt, postEdit, options).ter);
}

interface Shift {
  gain: number;
  length: number;
  start: number;
  target: number;
  words: number[];
}

/** Compares two candidates the way tercom ranks them: gain, then length, then earlier start, then earlier target. */
function better(a: Shift, b: Shift | null): boolean {
  if (b === null) return true;
  if (a.gain !== b.gain) return a.gain > b.gain;
  if (a.length !== b.length) return a.length > b.length;
  if (a.start !== b.start) return a.start < b.start;
  return a.target < b.target;
}

function bestShift(hyp: number[], ref: number[], ed: BeamEditDistance, limits: Limits, budget: { checked: number }): Shift | null {
  const base = ed.distance(hyp);
  const preScore = base.cost;
  const { align, refErr, hypErr } = alignmentOf(base.trace, ref.length, hyp.length);
  // Prefix sums make "any error in this block?" O(1).
  const hypErrSum = prefixSums(hypErr);
  const refErrSum = prefixSums(refErr);
  let best: Shift | null = null;
  const nh = hyp.length;
  const nr = ref.length;
  outer: for (let sh = 0; sh < nh; sh++) {
    for (let sr = 0; sr < nr; sr++) {
      if (Math.abs(sr - sh) > limits.maxShiftDistance) continue;
      let len = 0;
      while (len < limits.maxShiftSize && hyp[sh + len] === ref[sr + len]) {
        len += 1;
        if (tryBlock(sh, sr, len)) break outer;
        if (sh + len === nh || sr + len === nr) break;
      }
    }
  }
  return best;

  /** Evaluates every target position for one matching block; true when the budget is spent. */
  function tryBlock(sh: number, sr: number, len: number): boolean {
    if (hypErrSum[sh + len] - hypErrSum[sh] === 0) return false;
    if (refErrSum[sr + len] - refErrSum[sr] === 0) return false;
    const at = align[sr];
    if (sh <= at && at < sh + len) return false;
    let prev = -1;
    for (let off = -1; off < len; off++) {
      let idx: number;
      if (sr + off === -1) idx = 0;
      else if (sr + off < nr) idx = align[sr + off] + 1;
      else break;
      if (idx === prev) continue;
      prev = idx;
      const words = performShift(hyp, sh, len, idx);
      const cand: Shift = { gain: preScore - ed.distance(words).cost, length: len, start: sh, target: idx, words };
      budget.checked += 1;
      if (better(cand, best)) best = cand;
    }
    return budget.checked >= limits.maxShiftCandidates;
  }
}

function prefixSums(a: Uint8Array): Int32Array {
  const s = new Int32Array(a.length + 1);
  for (let i = 0; i < a.length; i++) s[i + 1] = s[i] + a[i];
  return s;
}

/** Moves `words[start, start+length)` so that it starts before index `target` of the original. */
function performShift(words: number[], start: number, length: number, target: number): number[] {
  const block = words.slice(start, start + length);
  if (target < start) {
    return [...words.slice(0, target), ...block, ...words.slice(target, start), ...words.slice(start + length)];
  }
  if (target > start + length) {
    return [...words.slice(0, start), ...words.slice(start + length, target), ...block, ...words.slice(target)];
  }
  return [...words.slice(0, start), ...words.slice(start + length, length + target), ...block, ...words.slice(length + target)];
}

/**
 * Reads the edit trace (hypothesis rows → reference columns) as a rewrite of the
 * reference into the hypothesis: for each reference position the hypothesis position it
 * lines up with, and which positions on either side are in error.
 */
function alignmentOf(trace: Uint8Array, nr: number, nh: number): { align: Int32Array; refErr: Uint8Array; hypErr: Uint8Array } {
  const align = new Int32Array(nr);
  const refErr = new Uint8Array(nr);
  const hypErr = new Uint8Array(nh);
  let ph = -1;
  let pr = -1;
  for (const op of trace) {
    if (op === OP_NOP || op === OP_SUB) {
      ph += 1;
      pr += 1;
      align[pr] = ph;
      if (op === OP_SUB) {
        hypErr[ph] = 1;
        refErr[pr] = 1;
      }
    } else if (op === OP_DEL) {
      // A hypothesis word with no reference counterpart (an insertion seen from the reference).
      ph += 1;
      hypErr[ph] = 1;
    } else if (op === OP_INS) {
      // A reference word with no hypothesis counterpart.
      pr += 1;
      align[pr] = ph;
      refErr[pr] = 1;
    }
  }
  return { align, refErr, hypErr };
}
