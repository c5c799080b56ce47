import { charClass } from './charClass';
import type { CompiledGlossary, TargetEntry } from './CompiledGlossary';
import { selectLongest } from './selectLongest';

/** A termbase rendering or name found in Chinese text (UTF-16 offsets into that text). */
export interface TargetHit {
  start: number;
  end: number;
  text: string;
  /** First entry's concept and status; `entries` lists every concept the string belongs to. */
  conceptId: string;
  status: TargetEntry['status'];
  kind: TargetEntry['kind'];
  entries: TargetEntry[];
}

interface TargetMemo {
  all: TargetHit[];
  selected: TargetHit[];
}

const MEMO_SIZE = 64;

/** Renderings in a Chinese target, longest match winning (训练 inside 预训练 is not a hit). */
export function matchTarget(g: CompiledGlossary, text: string): TargetHit[] {
  return memoized(g, text).selected;
}

/** Every rendering occurrence, including those inside longer ones (for segmenting expansions). */
export function matchTargetAll(g: CompiledGlossary, text: string): TargetHit[] {
  return memoized(g, text).all;
}

function memoized(g: CompiledGlossary, text: string): TargetMemo {
  const memo = g.memo.target as Map<string, TargetMemo>;
  let m = memo.get(text);
  if (!m) {
    const all = findTargetHits(g, text);
    m = { all, selected: selectLongest(all) };
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
    memo.set(text, m);
  }
  return m;
}

function findTargetHits(g: CompiledGlossary, text: string): TargetHit[] {
  const bySpan = new Map<number, TargetHit>();
  const out: TargetHit[] = [];
  const n = text.length;
  g.zh.scan(text, true, (start, rawEnd, value) => {
    let end = rawEnd;
    const first = text.charCodeAt(start);
    const last = text.charCodeAt(end - 1);
    if (charClass.isLatinAlnum(first) && start > 0 && charClass.isLatinAlnum(text.charCodeAt(start - 1))) return;
    if (charClass.isLatinAlnum(last) && end < n && charClass.isLatinAlnum(text.charCodeAt(end))) {
      const next = text.charCodeAt(end);
      const plural = (next === 0x73 || next === 0x53) && !charClass.isLatinAlnum(text.charCodeAt(end + 1));
      if (!plural) return;
      end += 1;
    }
    const key = start * 4_294_967_296 + end;
    const existing = bySpan.get(key);
    if (existing) {
      if (!existing.entries.some((e) => e.conceptId === value.conceptId && e.kind === value.kind)) existing.entries.push(value);
      return;
    }
    const h: TargetHit = {
      start, end, text: text.slice(start, end),
      conceptId: value.conceptId, status: value.status, kind: value.kind, entries: [value],
    };
    bySpan.set(key, h);
    out.push(h);
  });
  for (const h of out) {
    if (h.entries.length > 1) {
      h.entries.sort((a, b) => (g.concepts.get(b.conceptId)?.priority ?? 0) - (g.concepts.get(a.conceptId)?.priority ?? 0));
      Object.assign(h, { conceptId: h.entries[0].conceptId, status: h.entries[0].status, kind: h.entries[0].kind });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
