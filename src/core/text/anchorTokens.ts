/**
 * The aligner's tokens of one side (alignmentAnchors): per sentence a range [tokAt[k],
 * tokAt[k+1]) of token numbers; token t is tok[4t … 4t+3] = start, end, hash, flags (bit 1
 * number, bit 2 strong in English text, bit 4 strong in Chinese text). `tok` is a scratch
 * buffer reused from call to call.
 */
export interface SideTokens {
  n: number;
  len: Float64Array;
  tokAt: Int32Array;
  tok: Int32Array;
  count: number;
  chinese: Uint8Array;
}

export const TOKEN_NUMBER = 1;
export const TOKEN_STRONG_EN = 2;
export const TOKEN_STRONG_ZH = 4;

/** Append a token to `side`. */
export function pushToken(side: SideTokens, start: number, end: number, hash: number, flags: number): void {
  const at = side.count * 4;
  side.tok[at] = start;
  side.tok[at + 1] = end;
  side.tok[at + 2] = hash;
  side.tok[at + 3] = flags;
  side.count++;
}

/** Hash of a token as its string would be: numbers without commas, words lower-cased. */
export function tokenHash(text: string, start: number, end: number, number: boolean): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (number) {
      if (c === 0x2c) continue;
    } else if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    h = Math.imul(h ^ c, 16777619);
  }
  return h;
}

/** Bit of a word in a signature: its length (capped) and first letter (either case). */
export function sigSlot(length: number, first: number): number {
  return ((length < 31 ? length : 31) << 5) | (first & 31);
}
