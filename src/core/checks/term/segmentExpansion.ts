import { conceptInitials, type CompiledGlossary, type TargetEntry, type TargetHit } from '../../glossary';

export interface ExpansionSegment {
  start: number;
  end: number;
  text: string;
  /** Undefined for a skipped 的 or an unknown stretch standing for one letter. */
  entry?: TargetEntry;
  letters: string;
}

export interface ExpansionReading {
  start: number;
  segments: ExpansionSegment[];
  /** Stretches that matched no termbase entry (each stands for one letter). */
  unknown: number;
}

/**
 * Reads a Chinese expansion backwards from the bracket, letter by letter: each termbase
 * rendering (approved or forbidden) right before the bracket whose concept's English
 * initials end the acronym consumes those letters (分配|探索|安全|培训|算法 ← D·E·S·T·A, with
 * 分配 a forbidden rendering of "distributed"). 的 may be skipped; at most one unknown stretch
 * of 1–4 characters (preferably two, starting at one of `boundaries`) may stand for one letter. Prefers approved readings and fewer unknowns.
 */
export function segmentExpansion(
  g: CompiledGlossary, text: string, allHits: TargetHit[], acronym: string, runStart: number, bracket: number,
  boundaries?: Set<number>,
): ExpansionReading | undefined {
  const letters = acronym.replace(/[^A-Z]/g, '');
  if (letters.length < 2) return undefined;
  const byEnd = new Map<number, TargetHit[]>();
  for (const h of allHits) {
    if (h.start < runStart || h.end > bracket) continue;
    const list = byEnd.get(h.end);
    if (list) list.push(h);
    else byEnd.set(h.end, [h]);
  }
  type Best = { cost: number; start: number; segments: ExpansionSegment[]; unknown: number } | null;
  const memo = new Map<string, Best>();
  const solve = (p: number, k: number, wild: number): Best => {
    if (k === 0) return { cost: 0, start: p, segments: [], unknown: 0 };
    const key = `${p}:${k}:${wild}`;
    if (memo.has(key)) return memo.get(key)!;
    let best: Best = null;
    const consider = (seg: ExpansionSegment, from: number, rest: number, w: number, cost: number) => {
      const sub = solve(from, rest, w);
      if (sub && (!best || sub.cost + cost < best.cost)) {
        best = { cost: sub.cost + cost, start: sub.start, segments: [...sub.segments, seg], unknown: sub.unknown + (seg.entry || seg.letters === '' ? 0 : 1) };
      }
    };
    for (const h of byEnd.get(p) ?? []) {
      for (const e of h.entries) {
        const cc = g.concepts.get(e.conceptId);
        if (!cc) continue;
        for (const ini of conceptInitials(cc)) {
          if (ini.length > k || letters.slice(k - ini.length, k) !== ini) continue;
          consider({ start: h.start, end: h.end, text: h.text, entry: e, letters: ini }, h.start, k - ini.length, wild, e.status === 'forbidden' ? 1 : 0);
        }
      }
    }
    if (p - 1 >= runStart && text[p - 1] === '的') {
      consider({ start: p - 1, end: p, text: '的', letters: '' }, p - 1, k, wild, 0.5);
    }
    if (wild === 0) {
      for (let len = 1; len <= 4 && p - len >= runStart; len++) {
        const offBoundary = boundaries && !boundaries.has(p - len) ? 5 : 0;
        consider({ start: p - len, end: p, text: text.slice(p - len, p), letters: letters[k - 1] }, p - len, k - 1, 1, 10 + Math.abs(len - 2) + offBoundary);
      }
    }
    memo.set(key, best);
    return best;
  };
  const best = solve(bracket, letters.length, 0) as Best;
  if (!best || best.segments.every((s) => !s.entry)) return undefined;
  return { start: best.start, segments: best.segments, unknown: best.unknown };
}
