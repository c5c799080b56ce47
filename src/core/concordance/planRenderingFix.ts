import type { ConcordanceUnit, KwicLine } from './KwicLine';

/** One unit's change in a "fix all occurrences" plan: the preview the reviewer confirms. */
export interface RenderingFix {
  unitId: string;
  before: string;
  after: string;
  /** Replaced spans, offsets into `before`, in order. */
  changes: { start: number; end: number; from: string; to: string }[];
}

/**
 * Plans "fix all": every concordance line with a rendering span gets `replacement` there
 * (e.g. the 政策 group → 策略). Pure: returns the new targets per unit for a preview; the
 * caller stores them as one revision per unit, in one undoable step. Lines whose span no
 * longer holds the rendering (the target changed since the search) are skipped, and
 * overlapping spans are replaced once.
 */
export function planRenderingFix(units: readonly ConcordanceUnit[], lines: readonly KwicLine[], replacement: string): RenderingFix[] {
  const byUnit = new Map<string, KwicLine[]>();
  for (const l of lines) {
    if (!l.renderingSpan || !l.rendering) continue;
    const list = byUnit.get(l.unitId);
    if (list) list.push(l);
    else byUnit.set(l.unitId, [l]);
  }
  const out: RenderingFix[] = [];
  for (const u of units) {
    const ls = byUnit.get(u.id);
    if (!ls) continue;
    const spans = [...new Map(ls.map((l) => [`${l.renderingSpan!.start}:${l.renderingSpan!.end}`, l])).values()]
      .map((l) => ({ start: l.renderingSpan!.start, end: l.renderingSpan!.end, from: u.target.slice(l.renderingSpan!.start, l.renderingSpan!.end), expected: l.rendering }))
      .filter((s) => s.from.toLowerCase() === s.expected.toLowerCase() && s.from !== replacement)
      .sort((a, b) => a.start - b.start);
    const changes: RenderingFix['changes'] = [];
    let after = '';
    let pos = 0;
    for (const s of spans) {
      if (s.start < pos) continue;
      after += u.target.slice(pos, s.start) + replacement;
      changes.push({ start: s.start, end: s.end, from: s.from, to: replacement });
      pos = s.end;
    }
    if (changes.length === 0) continue;
    after += u.target.slice(pos);
    out.push({ unitId: u.id, before: u.target, after, changes });
  }
  return out;
}
