/** Sentence ends for both languages: Chinese full stops and marks, English . ? ! before a space. */
const ZH_END = /[。！？；]/g;

/**
 * The sentence of `text` that holds [start, end), with the span wrapped in `open`/`close`
 * (for a reviewer's worksheet). Chinese sentences end at 。！？；, English ones at . ? !
 * followed by a space; at most `max` characters each side of the span.
 */
export function sentenceAround(text: string, start: number, end: number, open: string, close: string, max = 240): string {
  let from = 0;
  let to = text.length;
  ZH_END.lastIndex = 0;
  for (let m = ZH_END.exec(text); m; m = ZH_END.exec(text)) {
    if (m.index < start) from = m.index + 1;
    else if (m.index >= end) {
      to = m.index + 1;
      break;
    }
  }
  for (let i = start - 1; i > from; i--) {
    if (/[.?!]/.test(text[i]) && /\s/.test(text[i + 1] ?? '')) {
      from = i + 2;
      break;
    }
  }
  for (let i = end; i < to - 1; i++) {
    if (/[.?!]/.test(text[i]) && /\s/.test(text[i + 1] ?? '')) {
      to = i + 1;
      break;
    }
  }
  from = Math.max(from, start - max);
  to = Math.min(to, end + max);
  return text.slice(from, start) + open + text.slice(start, end) + close + text.slice(end, to);
}
