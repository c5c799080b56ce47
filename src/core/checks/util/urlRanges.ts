/** URLs, e-mail addresses and file paths: punctuation inside them is never a finding. */
const URL_RE = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u4e00-\u9fff]+|[\w.+-]+@[\w-]+\.[\w.-]+/g;

/**
 * Sorted [start, end) ranges of URLs in `text`. Cheap when there is none: a quick
 * indexOf test avoids running the regex at all on ordinary text.
 */
export function urlRanges(text: string): number[] {
  if (text.indexOf('://') < 0 && text.indexOf('www.') < 0 && text.indexOf('@') < 0) return EMPTY;
  const out: number[] = [];
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) out.push(m.index, m.index + m[0].length);
  return out;
}

const EMPTY: number[] = [];

/** True when `pos` lies inside one of `ranges` (flat [s0,e0,s1,e1,…]). */
export function inRanges(ranges: number[], pos: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) {
    if (pos < ranges[i]) return false;
    if (pos < ranges[i + 1]) return true;
  }
  return false;
}
