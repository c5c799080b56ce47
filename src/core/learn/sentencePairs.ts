/**
 * Source/target sentence pairs of a unit, for narrowing "which English does this Chinese
 * span render". Splits English at . ! ? followed by a space and a capital/digit/bracket
 * (not after common abbreviations), Chinese at 。！？；(and . ! ? between Chinese text).
 * Equal counts pair 1:1; otherwise the whole unit is one pair (never a wrong guess).
 * Offsets are UTF-16 indices into the unit's texts.
 */
export interface SentencePair {
  source: { start: number; end: number; text: string };
  target: { start: number; end: number; text: string };
}

const ABBREV = /(?:\b(?:e\.g|i\.e|et al|etc|vs|cf|Fig|Eq|Sec|No|Dr|Mr|Ms|resp|approx)\.|\b[A-Z]\.)$/;

function splitEnglish(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  const re = /[.!?]+["”’)]?(?=\s+["“(]?[A-Z0-9])/g;
  for (const m of text.matchAll(re)) {
    const end = m.index! + m[0].length;
    if (ABBREV.test(text.slice(start, m.index! + 1))) continue;
    spans.push([start, end]);
    start = end;
  }
  spans.push([start, text.length]);
  return trimSpans(text, spans);
}

function splitChinese(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  const re = /[。！？；]+[”」』）)]?|[.!?](?=\s*[\u3400-\u9fff])/g;
  for (const m of text.matchAll(re)) {
    const end = m.index! + m[0].length;
    spans.push([start, end]);
    start = end;
  }
  spans.push([start, text.length]);
  return trimSpans(text, spans);
}

function trimSpans(text: string, spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (let [s, e] of spans) {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push([s, e]);
  }
  return out;
}

export function sentencePairs(source: string, target: string): SentencePair[] {
  const en = splitEnglish(source);
  const zh = splitChinese(target);
  const whole = (t: string): [number, number] => [0, t.length];
  const pairs: [[number, number], [number, number]][] =
    en.length === zh.length && en.length > 0 ? en.map((s, i) => [s, zh[i]]) : [[whole(source), whole(target)]];
  return pairs.map(([s, t]) => ({
    source: { start: s[0], end: s[1], text: source.slice(s[0], s[1]) },
    target: { start: t[0], end: t[1], text: target.slice(t[0], t[1]) },
  }));
}
