import { HAN_PER_EN_CHAR } from './hanPerEnChar';
import { Anchors } from './Anchors';
import { ScratchArrays } from './ScratchArrays';
import { pushToken, sigSlot as sigSlotOf, tokenHash as tokenHashOf, TOKEN_NUMBER, TOKEN_STRONG_EN, TOKEN_STRONG_ZH, type SideTokens } from './anchorTokens';
import { scanSentenceBytes } from './scanSentenceBytes';

// Read once: a CommonJS build (tsx, the CLI) reads imports through getters (per sentence here).
const HAN_SCALE = HAN_PER_EN_CHAR;

/**
 * What the aligner knows about the sentences of both sides, as typed arrays: lengths (in
 * English characters; Han scaled by HAN_PER_EN_CHAR) and anchors as small integer ids, each
 * sentence's token set is a bit mask over the anchors of the unit. Tokens are hashed from
 * their char codes and compared in place (see Anchors): no string is built.
 */
export interface AlignmentAnchors {
  /**
   * Prefix sums of sentence lengths (English characters), n + 1 entries per side. The arrays
   * here are scratch buffers, valid until the next call and possibly longer than their counts.
   */
  srcLen: Float64Array;
  tgtLen: Float64Array;
  /** 32-bit words per sentence in the masks. */
  words: number;
  /** Bit `id` set when the sentence contains anchor `id` among its tokens. */
  srcMask: Uint32Array;
  tgtMask: Uint32Array;
  /** Strong anchors of sentence k: ids srcStrong[srcStrongAt[k] … srcStrongAt[k+1]). */
  srcStrong: Int32Array;
  srcStrongAt: Int32Array;
  tgtStrong: Int32Array;
  tgtStrongAt: Int32Array;
}

/** Scratch token buffers, one per side, grown as needed. */
const scratch = [new Int32Array(4096), new Int32Array(4096)];

/** The anchors of the unit being aligned, reset for each. */
const ANCHORS = new Anchors();

/**
 * Scratch typed arrays by use: the arrays of a result are these buffers (see ScratchArrays),
 * longer than the sizes asked for; the sizes are the sentence and anchor counts.
 */
const buffers = new ScratchArrays();

// Read once: a CommonJS build reads imports through getters (per token here).
const push = pushToken;
const tokenHash = tokenHashOf;
const sigSlot = sigSlotOf;
const scanBytes = scanSentenceBytes;
const NUMBER = TOKEN_NUMBER;
const STRONG_EN = TOKEN_STRONG_EN;
const STRONG_ZH = TOKEN_STRONG_ZH;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isAsciiLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}
function isUpperCode(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}
function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007 || (c >= 0xd840 && c <= 0xd8bf);
}

/**
 * Scan one sentence (text[start, end)): its length (digits, letters, Han and other
 * characters) and its tokens, numbers and words, appended to `side`. With `sig` (see
 * strongSignature), a word that is not strong in English text is kept only when a strong
 * word of the other side may have its key: the masks are read only for the other side's
 * strong anchors (anchorCost), so a word no such anchor can equal changes nothing.
 * A sentence that turns out Chinese (every word of two letters strong there) is scanned
 * again keeping every word.
 */
function scanSentence(text: string, start: number, end: number, side: SideTokens, k: number, sig: Uint32Array | null): void {
  let han = 0;
  let other = 0;
  let i = start;
  const first = side.count;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      if (c >= 0x4e00 && c <= 0x9fff) {
        // a run of the main Han block (most of a Chinese sentence): one range test a character
        let j = i + 1;
        while (j < end) {
          const d = text.charCodeAt(j);
          if (d < 0x4e00 || d > 0x9fff) break;
          j++;
        }
        han += j - i;
        i = j;
        continue;
      }
      if (isHanCode(c)) han++;
      else if (!(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xff0f) && c !== 0xa0) other++;
      i++;
    } else if (isDigit(c)) {
      let j = i + 1;
      while (j < end) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) j++;
        else if ((d === 0x2e || d === 0x2c) && j + 1 < end && isDigit(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      push(side, i, j, j - i === 1 ? Math.imul(0x811c9dc5 ^ c, 16777619) : tokenHash(text, i, j, true), NUMBER | STRONG_EN | STRONG_ZH);
      other += j - i;
      i = j;
    } else if (isAsciiLetter(c)) {
      let j = i + 1;
      let upper = isUpperCode(c) ? 1 : 0;
      let digits = 0;
      while (j < end) {
        const d = text.charCodeAt(j);
        if (isAsciiLetter(d)) upper += isUpperCode(d) ? 1 : 0;
        else if (isDigit(d)) digits++;
        else if (!((d === 0x2d || d === 0x27 || d === 0x2019) && j + 1 < end && (isAsciiLetter(text.charCodeAt(j + 1)) || isDigit(text.charCodeAt(j + 1))))) break;
        j++;
      }
      other += j - i;
      let e = j;
      // acronym plural: GNNs → GNN, ViTs → ViT
      if (upper >= 2 && e - i >= 3 && text.charCodeAt(e - 1) === 0x73 && isUpperCode(text.charCodeAt(e - 2))) e--;
      let f = 0;
      if (upper >= 2 || digits > 0) f |= STRONG_EN;
      if (e - i >= 2 || digits > 0) f |= STRONG_ZH;
      if (sig === null || (f & STRONG_EN) !== 0 || (sig[sigSlot(e - i, c) >>> 5] & (1 << (sigSlot(e - i, c) & 31))) !== 0) push(side, i, e, tokenHash(text, i, e, false), f);
      i = j;
    } else {
      if (c > 0x20) other++;
      i++;
    }
  }
  side.len[k] = han / HAN_SCALE + other;
  side.chinese[k] = han > 0 && han >= other * 0.3 ? 1 : 0;
  if (sig !== null && side.chinese[k] === 1) {
    side.count = first;
    scanSentence(text, start, end, side, k, null);
    return;
  }
  side.tokAt[k + 1] = side.count;
}

/**
 * The signature of the strong words of a side: a bit per (length, first letter). Two words
 * with one key have the same length and first letter (A–Z folded), so a word whose bit is
 * clear equals none of them.
 */
function strongSignature(text: string, side: SideTokens): Uint32Array {
  const sig = buffers.uint32(8, 32);
  for (let k = 0; k < side.n; k++) {
    const want = side.chinese[k] === 1 ? STRONG_ZH : STRONG_EN;
    for (let t = side.tokAt[k]; t < side.tokAt[k + 1]; t++) {
      const f = side.tok[4 * t + 3];
      if ((f & want) === 0 || (f & NUMBER) !== 0) continue;
      const slot = sigSlot(side.tok[4 * t + 1] - side.tok[4 * t], text.charCodeAt(side.tok[4 * t]));
      sig[slot >>> 5] |= 1 << (slot & 31);
    }
  }
  return sig;
}

/**
 * The tokens and lengths of one side's sentences. With `bytes` (the text as englishBytes
 * gives it; the source side, with `sig`), a sentence is read from the bytes when it can be
 * (scanSentenceBytes: same result), else from its char codes.
 */
function scanSide(text: string, bounds: number[], which: number, sig: Uint32Array | null, bytes: Uint8Array | null): SideTokens {
  const n = bounds.length >> 1;
  // at most one token per character
  if (scratch[which].length < 4 * (text.length + 1)) scratch[which] = new Int32Array(8 * (text.length + 1));
  const side: SideTokens = { n, len: buffers.float64(which, n), tokAt: buffers.int32(which, n + 1), tok: scratch[which], count: 0, chinese: buffers.uint8(which, n) };
  for (let k = 0; k < n; k++) {
    const start = bounds[2 * k];
    const end = bounds[2 * k + 1];
    if (bytes === null || sig === null || !scanBytes(bytes, text, start, end, side, k, sig)) scanSentence(text, start, end, side, k, sig);
  }
  return side;
}

function strongIds(text: string, side: SideTokens, anchors: Anchors, which: number): { ids: Int32Array; at: Int32Array } {
  const list: number[] = [];
  const at = buffers.int32(2 + which, side.n + 1);
  for (let k = 0; k < side.n; k++) {
    const want = side.chinese[k] === 1 ? STRONG_ZH : STRONG_EN;
    for (let t = side.tokAt[k]; t < side.tokAt[k + 1]; t++) {
      const f = side.tok[4 * t + 3];
      if ((f & want) === 0) continue;
      list.push(anchors.intern(text, side.tok[4 * t], side.tok[4 * t + 1], side.tok[4 * t + 2], (f & NUMBER) !== 0));
    }
    at[k + 1] = list.length;
  }
  const ids = buffers.int32(4 + which, list.length);
  for (let x = 0; x < list.length; x++) ids[x] = list[x];
  return { ids, at };
}

function masks(text: string, side: SideTokens, anchors: Anchors, words: number, which: number): Uint32Array {
  const out = buffers.uint32(which, side.n * words);
  for (let k = 0; k < side.n; k++) {
    for (let t = side.tokAt[k]; t < side.tokAt[k + 1]; t++) {
      const tok = side.tok;
      const id = anchors.find(text, tok[4 * t], tok[4 * t + 1], tok[4 * t + 2], (tok[4 * t + 3] & NUMBER) !== 0);
      if (id >= 0) out[k * words + (id >>> 5)] |= 1 << (id & 31);
    }
  }
  return out;
}

/** Prefix sums of the first `n` of `len` (n + 1 entries). */
function prefix(len: Float64Array, n: number, which: number): Float64Array {
  const out = buffers.float64(2 + which, n + 1);
  for (let k = 0; k < n; k++) out[k + 1] = out[k] + len[k];
  return out;
}

/**
 * Lengths and anchors of the sentences `srcBounds` of `srcText` and `tgtBounds` of
 * `tgtText` (flat [start, end, …] spans). The arrays are scratch buffers: valid until the
 * next call. `srcBytes`, when given, is `srcText` as englishBytes gives it (its word scan's
 * `chars`): the source's ASCII sentences are then read from it (same result, faster).
 */
export function alignmentAnchors(srcText: string, srcBounds: number[], tgtText: string, tgtBounds: number[], srcBytes: Uint8Array | null = null): AlignmentAnchors {
  // the target (short, few Latin words) first: its strong words decide which source words
  // are worth keeping (see scanSentence)
  const t = scanSide(tgtText, tgtBounds, 1, null, null);
  const s = scanSide(srcText, srcBounds, 0, strongSignature(tgtText, t), srcBytes);
  const anchors = ANCHORS;
  anchors.reset();
  const ss = strongIds(srcText, s, anchors, 0);
  const ts = strongIds(tgtText, t, anchors, 1);
  const words = Math.max(1, (anchors.count + 31) >>> 5);
  const srcMask = masks(srcText, s, anchors, words, 0);
  const tgtMask = masks(tgtText, t, anchors, words, 1);
  return {
    srcLen: prefix(s.len, s.n, 0),
    tgtLen: prefix(t.len, t.n, 1),
    words,
    srcMask,
    tgtMask,
    srcStrong: ss.ids,
    srcStrongAt: ss.at,
    tgtStrong: ts.ids,
    tgtStrongAt: ts.at,
  };
}
