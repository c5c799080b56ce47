/**
 * How many of the source words appear verbatim in the target, case-insensitively and as whole
 * Latin words (Dropout, softmax kept in English): occurrences of each distinct lower-cased
 * word in the lower-cased target, not overlapping, bounded by no a–z/0–9 on either side.
 *
 * The target is not lower-cased as a whole (a copy of every target with a candidate): an
 * ASCII word is sought by its first letter in both cases and compared with A–Z folded, which
 * finds the same occurrences, since apart from İ (two code units) and the Kelvin sign no
 * character lower-cases into ASCII. Targets with those two, and non-ASCII words, take the
 * lower-cased copy.
 */
export function keptInEnglish(target: string, words: string[]): number {
  let n = 0;
  let lower: string | undefined;
  let plain: boolean | undefined;
  const seen: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase();
    if (!w || seen.includes(w)) continue;
    seen.push(w);
    if (isAscii(w) && (plain ??= foldsPlainly(target))) n += countFolded(target, w);
    else n += countLower((lower ??= target.toLowerCase()), w);
  }
  return n;
}

function countLower(lower: string, w: string): number {
  let n = 0;
  for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.length)) {
    const before = at > 0 ? lower.charCodeAt(at - 1) : 32;
    const after = at + w.length < lower.length ? lower.charCodeAt(at + w.length) : 32;
    if (!isAlnum(before) && !isAlnum(after)) n++;
  }
  return n;
}

/**
 * `countLower` on the target as it is, for an ASCII word `w` (no capitals: it is lower-cased).
 * The next occurrence of the first letter in each case is kept and sought again only once
 * passed (a case the target lacks is searched for once, not at every occurrence of the other).
 */
function countFolded(text: string, w: string): number {
  let n = 0;
  const len = w.length;
  const c0 = w.charCodeAt(0);
  const upper = c0 >= 0x61 && c0 <= 0x7a ? String.fromCharCode(c0 - 0x20) : undefined;
  let a = text.indexOf(w[0]);
  let b = upper === undefined ? -1 : text.indexOf(upper);
  while (a >= 0 || b >= 0) {
    const at = a < 0 ? b : b < 0 ? a : a < b ? a : b;
    if (at + len > text.length) break;
    let k = 1;
    while (k < len && fold(text.charCodeAt(at + k)) === w.charCodeAt(k)) k++;
    let from = at + 1;
    if (k === len) {
      const before = at > 0 ? fold(text.charCodeAt(at - 1)) : 32;
      const after = at + len < text.length ? fold(text.charCodeAt(at + len)) : 32;
      if (!isAlnum(before) && !isAlnum(after)) n++;
      from = at + len; // occurrences do not overlap
    }
    if (a >= 0 && a < from) a = text.indexOf(w[0], from);
    if (b >= 0 && b < from) b = text.indexOf(upper!, from);
  }
  return n;
}

/**
 * No İ and no Kelvin sign in the target (the only characters whose lower case is longer or
 * ASCII), decided once per target: a unit asks for each concept it counts.
 */
function foldsPlainly(target: string): boolean {
  if (target !== lastTarget) {
    lastTarget = target;
    lastPlain = !LONG_OR_ASCII_LOWER.test(target);
  }
  return lastPlain;
}

let lastTarget = '';
let lastPlain = true;
const LONG_OR_ASCII_LOWER = /[\u0130\u212a]/;

function fold(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}
