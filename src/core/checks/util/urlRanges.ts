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

/**
 * `urlRanges(text)` for a caller that already has the positions of every ':' and '.' of
 * `text` (among others, ascending: the target split's marks with SEEN_HALF_PUNCT), without
 * reading the whole text again. Every URL_RE match holds "://" (http, https, ftp), "www."
 * or an e-mail's "@", word characters or hyphens, and a '.': so with no ':' before "//", no
 * "www" before a '.' and no '@' before a '.' and the word characters or hyphens in front of
 * it, there is none.
 */
export function urlRangesAt(text: string, positions: number[]): number[] {
  for (let x = 0; x < positions.length; x++) {
    const p = positions[x];
    const c = text.charCodeAt(p);
    if (c === 0x3a) {
      if (text.charCodeAt(p + 1) === 0x2f && text.charCodeAt(p + 2) === 0x2f) return urlRanges(text);
    } else if (c === 0x2e) {
      if (p >= 3 && text.charCodeAt(p - 1) === 0x77 && text.charCodeAt(p - 2) === 0x77 && text.charCodeAt(p - 3) === 0x77) return urlRanges(text);
      let k = p - 1;
      while (k >= 0 && isWordOrHyphen(text.charCodeAt(k))) k--;
      if (k >= 0 && text.charCodeAt(k) === 0x40) return urlRanges(text);
    }
  }
  return EMPTY;
}

/** [A-Za-z0-9_-] (\w of a regular expression without the u flag, or a hyphen). */
function isWordOrHyphen(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d;
}

/** True when `pos` lies inside one of `ranges` (flat [s0,e0,s1,e1,…]). */
export function inRanges(ranges: number[], pos: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) {
    if (pos < ranges[i]) return false;
    if (pos < ranges[i + 1]) return true;
  }
  return false;
}
