import type { Span } from '../../core/model';

const CONTEXT = 12;
const MAX_SPAN = 60;

/**
 * A span shown in its text with ±12 characters of context: `…称为⟦分配探索安全培训算法⟧(DESTA)…`.
 * Long spans are shortened in the middle; line breaks are shown as ⏎.
 */
export function spanInContext(text: string, span: Span): string {
  const from = Math.max(0, span.start - CONTEXT);
  const to = Math.min(text.length, span.end + CONTEXT);
  let inner = text.slice(span.start, span.end);
  if (inner.length > MAX_SPAN) inner = inner.slice(0, 36) + ' … ' + inner.slice(-18);
  const s =
    (from > 0 ? '…' : '') +
    text.slice(from, span.start) +
    '⟦' +
    inner +
    '⟧' +
    text.slice(span.end, to) +
    (to < text.length ? '…' : '');
  return s.indexOf('\n') < 0 ? s : s.replace(/\r?\n/g, '⏎');
}
