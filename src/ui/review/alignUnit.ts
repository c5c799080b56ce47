import type { AlignedPair } from './buildRows';

// TEMPORARY until core/text exports segmentUnit: naive sentence split, pairs by position.
function split(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^。！？!?.]+(?:[。！？!?]|\.(?=\s|$))?\s*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (!m[0].trim()) { if (re.lastIndex === m.index) re.lastIndex++; continue; }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Aligned sentence rows for one unit. */
export function alignUnit(source: string, target: string): AlignedPair[] {
  const s = split(source);
  const t = split(target);
  const n = Math.max(s.length, t.length);
  const rows: AlignedPair[] = [];
  for (let i = 0; i < n; i++) rows.push({ source: s[i] ?? null, target: t[i] ?? null, kind: '1-1' });
  return rows;
}
