// The text's code units as bytes, one byte a code unit (offsets stay UTF-16 offsets): ASCII
// as is, ’ → BYTE_APOS, U+2010/U+2011 → BYTE_HYPHEN, other Unicode whitespace → BYTE_SPACE,
// the rest → BYTE_OTHER.
import { isJsSpace } from './isJsSpace';

// read once: a CommonJS build (tsx, the CLI) reads imports through getters
const isSpace = isJsSpace;

export const BYTE_APOS = 0x80;
export const BYTE_HYPHEN = 0x81;
export const BYTE_SPACE = 0x82;
export const BYTE_OTHER = 0x83;

const APOS = BYTE_APOS;
const HYPHEN = BYTE_HYPHEN;
const SPACE = BYTE_SPACE;
const OTHER = BYTE_OTHER;

const encoder: TextEncoder | undefined = typeof TextEncoder === 'function' ? new TextEncoder() : undefined;

/**
 * `text` as bytes (see above) in `buf` (or a larger buffer when it is too small: the one
 * returned), then two sentinels: [len] = 0 (no word character: a word's loop stops there
 * without a bounds test) and [len + 1] = 'a' (a word character: the loop skipping separators
 * stops there; a word starting at len + 1 is past the end). One native copy when the text is
 * ASCII, as most English is.
 */
export function englishBytes(text: string, buf: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const len = text.length;
  const chars = buf.length >= len + 2 ? buf : new Uint8Array(Math.max(len + 2, buf.length * 2, 4096));
  let from = 0;
  if (encoder) {
    const { read, written } = encoder.encodeInto(text, chars);
    chars[len] = 0;
    chars[len + 1] = 0x61;
    if (read === len && written === len) return chars;
    // not ASCII: bytes before the first multi-byte character are right; map the rest one by one
    while (from < written && from < len && chars[from] < 0x80) from++;
  }
  for (let i = from; i < len; i++) {
    const c = text.charCodeAt(i);
    chars[i] = c < 0x80 ? c : c === 0x2019 ? APOS : c === 0x2010 || c === 0x2011 ? HYPHEN : isSpace(c) ? SPACE : OTHER;
  }
  chars[len] = 0;
  chars[len + 1] = 0x61;
  return chars;
}


/** Byte → six-bit word code: A–Z/a–z 1–26, 0–9 32–41; 0 for any other byte (not a word character). */
const CODE = new Uint8Array(256);
for (let c = 0; c < 26; c++) CODE[0x41 + c] = CODE[0x61 + c] = c + 1;
for (let c = 0; c < 10; c++) CODE[0x30 + c] = c + 32;

/**
 * A byte between two words → GAP_SPACE (whitespace) or GAP_HYPHEN (joins the words), 0 for
 * any other (breaks a term); as the whole gap, a space or '-' is also GAP_LONE (the split
 * need not read it) and a space GAP_LONE_SPACE.
 */
const GAP_SPACE = 1;
const GAP_HYPHEN = 2;
const GAP_LONE = 4;
const GAP_LONE_SPACE = 8;
const GAP = new Uint8Array(256);
for (const c of [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, SPACE]) GAP[c] = GAP_SPACE;
GAP[0x2d] = GAP[HYPHEN] = GAP_HYPHEN;
GAP[0x20] |= GAP_LONE | GAP_LONE_SPACE;
GAP[0x2d] |= GAP_LONE;

/** [A-Z][A-Z0-9]*, or that with a plural s after a capital (GNNs), starting with a capital. */
function acronymShaped(cs: Uint8Array, start: number, end: number): boolean {
  let i = start + 1;
  while (i < end) {
    const c = cs[i];
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) break;
    i++;
  }
  if (i === end) return true;
  return i === end - 1 && end - start > 2 && cs[i] === 0x73 && cs[i - 1] >= 0x41 && cs[i - 1] <= 0x5a;
}

/** Position of the first ASCII digit at or after `from` (the scan knows a word holds one). */
function firstDigitIn(cs: Uint8Array, from: number): number {
  let k = from;
  while (cs[k] < 0x30 || cs[k] > 0x39) k++;
  return k;
}

function allDigits(cs: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (cs[i] < 0x30 || cs[i] > 0x39) return false;
  return true;
}

/** Only whitespace or hyphens in [from, to) (of `chars`). */
function gapOk(cs: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = cs[k];
    if (!(c === 0x20 || c === 0x2d || c === HYPHEN || c === SPACE || (c >= 0x09 && c <= 0x0d))) return false;
  }
  return true;
}

/** Word code (CODE) → 1 for the letters that may begin an English number word: t f s e n h m d. */
const NUMBER_START = new Uint8Array(64);
for (const ch of 'tfsenhmd') NUMBER_START[ch.charCodeAt(0) - 0x60] = 1;

/**
 * The word scan's byte tables and tests (`EnglishWords`), in one object: a CommonJS build
 * (tsx, the CLI) reads each imported binding through a getter, so the scan takes them out
 * once into module constants.
 */
export const WORD_BYTES = { CODE, NUMBER_START, GAP, GAP_SPACE, GAP_HYPHEN, GAP_LONE, GAP_LONE_SPACE, acronymShaped, allDigits, firstDigitIn, gapOk };
