import type { DiffPart } from '../../core/diff';

/** A run elided to its ends: `head … tail` (what a diff of a whole abstract needs). */
export interface ShownPart extends DiffPart {
  /** Equal text shortened around the middle. */
  elided?: boolean;
}

/**
 * Keeps every insertion and deletion and `context` characters of unchanged text around
 * them; longer unchanged runs are cut in the middle ("…").
 */
export function compactDiff(parts: readonly DiffPart[], context = 16): ShownPart[] {
  return parts.map((p, i) => {
    if (p.op !== 'equal') return p;
    const chars = Array.from(p.text);
    const first = i === 0;
    const last = i === parts.length - 1;
    const keep = (first ? 0 : context) + (last ? 0 : context);
    if (chars.length <= keep + 4) return p;
    const head = first ? '' : chars.slice(0, context).join('');
    const tail = last ? '' : chars.slice(chars.length - context).join('');
    return { op: 'equal', text: `${head}…${tail}`, elided: true };
  });
}
