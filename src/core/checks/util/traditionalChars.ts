import { Converter } from 'opencc-js/t2cn';
import { TRADITIONAL_CHARS } from './traditionalCharsData';

/**
 * Traditional → simplified knowledge from OpenCC (Taiwan and Hong Kong standards): a bit
 * set of the BMP characters OpenCC would change, read from a generated list (microseconds;
 * computing it from OpenCC's dictionaries took ~0.3 s at every worker start), and the
 * converters for suggestions in context, loaded only when a target has such a character.
 */
export interface TraditionalTable {
  /**
   * Bit (c & 31) of word c >> 5 is 1 where the code unit is a traditional-only character:
   * 8 KB, so a scan of Chinese text stays in the processor's cache.
   */
  bits: Uint32Array;
  /** Convert a short stretch of text to simplified (phrase-aware). */
  toSimplified(text: string): string;
}

let table: TraditionalTable | undefined;
let converters: { tw: (s: string) => string; hk: (s: string) => string } | undefined;

function toSimplified(text: string): string {
  converters ??= { tw: Converter({ from: 'tw', to: 'cn' }), hk: Converter({ from: 'hk', to: 'cn' }) };
  const a = converters.tw(text);
  return a !== text ? a : converters.hk(text);
}

export function traditionalTable(): TraditionalTable {
  if (table) return table;
  const bits = new Uint32Array(0x10000 >> 5);
  for (let i = 0; i < TRADITIONAL_CHARS.length; i++) {
    const c = TRADITIONAL_CHARS.charCodeAt(i);
    bits[c >> 5] |= 1 << (c & 31);
  }
  table = { bits, toSimplified };
  return table;
}
