/** A format-neutral workflow state, the common ground of XLIFF 1.2, XLIFF 2, PO and TMX props. */
export type CommonState = 'initial' | 'translated' | 'reviewed' | 'final';

const XLIFF12_STATES = new Set([
  'final', 'needs-adaptation', 'needs-l10n', 'needs-review-adaptation', 'needs-review-l10n',
  'needs-review-translation', 'needs-translation', 'new', 'signed-off', 'translated',
]);
const XLIFF12_QUALIFIERS = new Set([
  'exact-match', 'fuzzy-match', 'id-match', 'leveraged-glossary', 'leveraged-inherited', 'leveraged-mt',
  'leveraged-repository', 'leveraged-tm', 'mt-suggestion', 'rejected-grammar', 'rejected-inaccurate',
  'rejected-length', 'rejected-spelling', 'tm-suggestion',
]);
const XLIFF2_STATES = new Set(['initial', 'translated', 'reviewed', 'final']);

export function commonState(s: string | undefined): CommonState | undefined {
  if (!s) return undefined;
  const v = s.toLowerCase();
  if (v === 'final') return 'final';
  if (v === 'reviewed' || v === 'signed-off') return 'reviewed';
  if (v === 'translated' || v === 'needs-review-translation' || v === 'needs-review-l10n' || v === 'needs-review-adaptation' || v === 'fuzzy') return 'translated';
  if (v === 'initial' || v === 'new' || v.startsWith('needs-')) return 'initial';
  return undefined;
}

/** State for an XLIFF 1.2 `<target state>`: kept when valid (or x-…), else mapped. */
export function xliff12State(s: string | undefined): string | undefined {
  if (!s) return undefined;
  if (XLIFF12_STATES.has(s) || s.startsWith('x-')) return s;
  if (s === 'fuzzy') return 'needs-review-translation';
  const c = commonState(s);
  return c === 'reviewed' ? 'signed-off' : c === 'final' ? 'final' : c === 'translated' ? 'translated' : c === 'initial' ? 'new' : `x-${s.replace(/[^A-Za-z0-9_.-]/g, '-')}`;
}

export function xliff12Qualifier(q: string | undefined): string | undefined {
  if (!q) return undefined;
  return XLIFF12_QUALIFIERS.has(q) || q.startsWith('x-') ? q : undefined;
}

/** PO `#, fuzzy`: a translation someone still has to check. */
export function isFuzzyState(s: string | undefined): boolean {
  return s === 'fuzzy' || s === 'needs-review-translation' || s === 'needs-review-l10n' || s === 'needs-review-adaptation';
}

/** State for an XLIFF 2 `<segment state>`; an unmappable value goes to subState. */
export function xliff2State(s: string | undefined): { state?: string; subState?: string } {
  if (!s) return {};
  if (XLIFF2_STATES.has(s)) return { state: s };
  const c = commonState(s);
  return c ? { state: c, subState: `duizhao:${s.replace(/[^A-Za-z0-9_.-]/g, '-')}` } : { subState: `duizhao:${s.replace(/[^A-Za-z0-9_.-]/g, '-')}` };
}
