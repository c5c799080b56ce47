import type { MarkTarget } from '../../store';

/** Characters of `node`'s text that a reader sees in a sentence (row numbers and screen-reader-only text left out). */
function visibleLength(fragment: DocumentFragment): number {
  fragment.querySelectorAll('.row-no, .visually-hidden').forEach((el) => el.remove());
  return (fragment.textContent ?? '').length;
}

/**
 * The selected text as a span of one side of one unit: the selection must lie within one
 * sentence (`p.sentence` carrying data-unit / data-side / data-start). Null otherwise.
 */
export function selectionToSpan(sel: Selection | null): MarkTarget | null {
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const host = (n: Node | null) => (n instanceof Element ? n : n?.parentElement)?.closest<HTMLElement>('p.sentence[data-unit]') ?? null;
  const p = host(range.startContainer);
  if (!p || host(range.endContainer) !== p) return null;
  const before = document.createRange();
  before.selectNodeContents(p);
  before.setEnd(range.startContainer, range.startOffset);
  const offset = visibleLength(before.cloneContents());
  const raw = visibleLength(range.cloneContents());
  const fragment = range.cloneContents();
  fragment.querySelectorAll('.row-no, .visually-hidden').forEach((el) => el.remove());
  const text = fragment.textContent ?? '';
  if (!text.trim() || raw !== text.length) return null;
  const base = Number(p.dataset.start ?? 0);
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  return {
    unitId: Number(p.dataset.unit),
    side: p.dataset.side === 'source' ? 'source' : 'target',
    start: base + offset + lead,
    end: base + offset + lead + trimmed.length,
    text: trimmed,
  };
}
