/**
 * One match of the digit-number pattern
 *   ([+\-−±]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?|\.\d+)
 *   (?:[ \u00a0~]?([Mm]illion|[Bb]illion|[Tt]housand|[kKMB](?![A-Za-z])|[多余]?[万亿千]))?
 * as offsets, found by `nextDigitNumber` without a regular expression match (no match array,
 * no substrings): what digitNumbers reads of a match.
 */
export class DigitMatch {
  /** Where the match starts (the sign when there is one). */
  start = 0;
  /** The sign's code unit (+ - − ±), 0 without one. */
  sign = 0;
  /** The number without sign and multiplier: text[numStart, numEnd). */
  numStart = 0;
  numEnd = 0;
  /** The multiplier text[multStart, end) (empty when multStart === end: none). */
  multStart = 0;
  /** The multiplier's value (1e3, 1e6, 1e9, 1e4, 1e8), 0 without one. */
  mult = 0;
  /** Where the match ends. */
  end = 0;
}

/** Finds the next digit (the native scan of a regular expression; `test` builds no match). */
const NEXT_DIGIT = /[0-9]/g;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
function isSign(c: number): boolean {
  return c === 0x2b || c === 0x2d || c === 0x2212 || c === 0xb1;
}
/** End of the run of digits from i. */
function digitsEnd(text: string, i: number): number {
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The leftmost match of the pattern (see DigitMatch) starting at or after `from`, written
 * into `m`; false when there is none. Every match holds a digit at most two places after its
 * start (sign, '.', digit), so only the two characters before the next digit can start an
 * earlier match: the search jumps from digit to digit. The alternatives and their
 * backtracking are decided as the regular expression decides them:
 * - `\d{1,3}(?:,\d{3})+…(?![\d,])` needs 1–3 digits then ",ddd" groups; only the longest
 *   chain can pass its look-ahead (after a shorter one comes a ','), with its decimals when
 *   no ',' follows them, else without (a '.' passes the look-ahead);
 * - else `\d+(?:\.\d+)?` (no look-ahead), or `\.\d+` at a '.';
 * - the multiplier after an optional space, no-break space or '~'.
 */
export function nextDigitNumber(text: string, from: number, m: DigitMatch): boolean {
  NEXT_DIGIT.lastIndex = from;
  if (!NEXT_DIGIT.test(text)) return false;
  digitNumberAt(text, from, NEXT_DIGIT.lastIndex - 1, m);
  return true;
}

/**
 * The match of `nextDigitNumber` given `d`, the first digit at or after `from` (found by the
 * caller some other way, e.g. from a word scan), written into `m`.
 */
export function digitNumberAt(text: string, from: number, d: number, m: DigitMatch): void {
  const c1 = d - 1 >= from ? text.charCodeAt(d - 1) : -1;
  let start = d;
  let q = d; // where the number starts
  let sign = 0;
  if (c1 === 0x2e) {
    q = d - 1;
    start = d - 1;
    const c2 = d - 2 >= from ? text.charCodeAt(d - 2) : -1;
    if (isSign(c2)) {
      start = d - 2;
      sign = c2;
    }
  } else if (isSign(c1)) {
    start = d - 1;
    sign = c1;
  }
  let e: number;
  if (q < d) e = digitsEnd(text, d); // \.\d+
  else e = numberEnd(text, d);
  m.start = start;
  m.sign = sign;
  m.numStart = q;
  m.numEnd = e;
  multiplier(text, e, m);
}

/** End of the number that starts with the digit at q (first two alternatives). */
function numberEnd(text: string, q: number): number {
  const d1 = digitsEnd(text, q);
  if (d1 - q <= 3 && text.charCodeAt(d1) === 0x2c) {
    let pos = d1;
    while (text.charCodeAt(pos) === 0x2c && isDigit(text.charCodeAt(pos + 1)) && isDigit(text.charCodeAt(pos + 2)) && isDigit(text.charCodeAt(pos + 3))) pos += 4;
    if (pos > d1) {
      const c = text.charCodeAt(pos);
      if (c === 0x2e && isDigit(text.charCodeAt(pos + 1))) {
        const f = digitsEnd(text, pos + 1);
        return text.charCodeAt(f) === 0x2c ? pos : f;
      }
      if (!isDigit(c) && c !== 0x2c) return pos;
    }
  }
  if (text.charCodeAt(d1) === 0x2e && isDigit(text.charCodeAt(d1 + 1))) return digitsEnd(text, d1 + 1);
  return d1;
}

/** The multiplier after the number ending at e, if any: sets m.multStart, m.mult and m.end. */
function multiplier(text: string, e: number, m: DigitMatch): void {
  const sep = text.charCodeAt(e);
  const s = sep === 0x20 || sep === 0xa0 || sep === 0x7e ? e + 1 : e;
  const c = text.charCodeAt(s);
  let end = -1;
  let mult = 0;
  if ((c === 0x4d || c === 0x6d) && text.startsWith('illion', s + 1)) {
    end = s + 7;
    mult = 1e6;
  } else if ((c === 0x42 || c === 0x62) && text.startsWith('illion', s + 1)) {
    end = s + 7;
    mult = 1e9;
  } else if ((c === 0x54 || c === 0x74) && text.startsWith('housand', s + 1)) {
    end = s + 8;
    mult = 1e3;
  } else if (c === 0x6b || c === 0x4b || c === 0x4d || c === 0x42) {
    if (!isLetter(text.charCodeAt(s + 1))) {
      end = s + 1;
      mult = c === 0x4d ? 1e6 : c === 0x42 ? 1e9 : 1e3;
    }
  } else {
    const z = c === 0x591a || c === 0x4f59 ? s + 1 : s; // 多 余
    mult = chineseMultiplier(text.charCodeAt(z));
    if (mult !== 0) end = z + 1;
  }
  if (end < 0) {
    m.multStart = e;
    m.mult = 0;
    m.end = e;
  } else {
    m.multStart = s;
    m.mult = mult;
    m.end = end;
  }
}

/** 万 亿 千 → their value, else 0. */
function chineseMultiplier(c: number): number {
  return c === 0x4e07 ? 1e4 : c === 0x4ebf ? 1e8 : c === 0x5343 ? 1e3 : 0;
}
