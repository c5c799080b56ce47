import type { ReactNode } from 'react';
import type { Finding, Severity } from '../../core/model';

export interface MarkSpan {
  start: number;
  end: number;
  severity: Severity;
  message: string;
}

/**
 * Slices `text` (which starts at `offset` in the unit's text) into strings and `<mark>`
 * elements for the spans that overlap it. Overlapping spans merge into one mark carrying
 * the most severe level. Text stays data: no HTML is ever parsed.
 */
export function highlightSpans(text: string, offset: number, spans: MarkSpan[]): ReactNode[] {
  const end = offset + text.length;
  const hits = spans
    .filter((s) => s.end > offset && s.start < end && s.end > s.start)
    .map((s) => ({ ...s, start: Math.max(s.start, offset) - offset, end: Math.min(s.end, end) - offset }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  if (!hits.length) return [text];
  const rank: Record<Severity, number> = { info: 0, minor: 1, major: 2, critical: 3 };
  const merged: MarkSpan[] = [];
  for (const h of hits) {
    const last = merged[merged.length - 1];
    if (last && h.start < last.end) {
      last.end = Math.max(last.end, h.end);
      if (rank[h.severity] > rank[last.severity]) last.severity = h.severity;
      last.message = `${last.message}\n${h.message}`;
    } else {
      merged.push({ ...h });
    }
  }
  const out: ReactNode[] = [];
  let pos = 0;
  merged.forEach((m, i) => {
    if (m.start > pos) out.push(text.slice(pos, m.start));
    out.push(
      <mark key={i} className={`mark mark-${m.severity}`} title={m.message}>
        {text.slice(m.start, m.end)}
      </mark>,
    );
    pos = m.end;
  });
  if (pos < text.length) out.push(text.slice(pos));
  return out;
}

/** Spans of the findings on one side of one unit. */
export function spansFor(findings: Finding[] | undefined, side: 'source' | 'target'): MarkSpan[] {
  if (!findings) return [];
  const out: MarkSpan[] = [];
  for (const f of findings) {
    const s = f[side];
    if (s && s.end - s.start < 400) out.push({ start: s.start, end: s.end, severity: f.severity, message: f.message });
  }
  return out;
}
