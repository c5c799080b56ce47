import type { NumberToken } from './extractNumbers';
import { numberKey } from './numberKey';

const ZH_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 双: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** Measure words and nouns that make a Chinese numeral a quantity: 三个, 两种, 十层. */
const MEASURE = '个种项类次层组篇条步倍位名部轮张幅份天年周阶维项款套批对';

/**
 * The numerals by kind: 1 + digit value (零 … 九), 20 十, 21 百, 22 千, 30 万, 31 亿; 0 = not a
 * numeral. A table of 1,024 slots by the code unit's low ten bits (no two numerals share
 * them), each holding (code << 5) | kind: 4 KB instead of a 64 KB table by code unit, so the
 * scan of a target stays in the nearest cache.
 */
const NUMERALS = new Int32Array(1024);
for (const [ch, v] of Object.entries(ZH_DIGIT)) addCode(NUMERALS, ch.charCodeAt(0), 1 + v);
addCode(NUMERALS, '十'.charCodeAt(0), 20);
addCode(NUMERALS, '百'.charCodeAt(0), 21);
addCode(NUMERALS, '千'.charCodeAt(0), 22);
addCode(NUMERALS, '万'.charCodeAt(0), 30);
addCode(NUMERALS, '亿'.charCodeAt(0), 31);
const UNIT_VALUE = [10, 100, 1000];
/** The measure words (kind 1), the same way in 2,048 slots (名 and 倍 share ten low bits). */
const MEASURES = new Int32Array(2048);
for (const ch of MEASURE) addCode(MEASURES, ch.charCodeAt(0), 1);

/** Put code unit `c` with `kind` (1–31) into a low-bits table; two codes in one slot are a bug here. */
function addCode(table: Int32Array, c: number, kind: number): void {
  const slot = c & (table.length - 1);
  if (table[slot] !== 0 && table[slot] >>> 5 !== c) throw new Error(`extractNumbers: ${String.fromCharCode(c)} shares its table slot`);
  table[slot] = (c << 5) | kind;
}

/** The kind of code unit `c` in a low-bits table, 0 when absent. */
function kindOf(table: Int32Array, c: number): number {
  const e = table[c & (table.length - 1)];
  return e >>> 5 === c ? e & 31 : 0;
}

/** Value of the numeral text[start, end): 三 → 3, 十二 → 12, 二十 → 20, 两百 → 200, 三万 → 30000. */
function numeralValue(text: string, start: number, end: number): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (let i = start; i < end; i++) {
    const k = kindOf(NUMERALS, text.charCodeAt(i));
    if (k === 0) continue;
    if (k <= 10) digit = k - 1;
    else if (k < 30) {
      section += (digit || 1) * UNIT_VALUE[k - 20];
      digit = 0;
    } else {
      total += (section + digit || 1) * (k === 30 ? 1e4 : 1e8);
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

/** Value of a Chinese numeral string: 三 → 3, 十二 → 12, 二十 → 20, 两百 → 200, 三万 → 30000. */
export function chineseNumeralValue(s: string): number {
  return numeralValue(s, 0, s.length);
}

/**
 * Chinese numerals. `quantity` is true when a measure word follows (三个, 两种) — the
 * only ones reported as a wrong number; others (统一, 一致, 三维) only help matching.
 */
export function chineseNumerals(text: string): (NumberToken & { quantity: boolean })[] {
  const out: (NumberToken & { quantity: boolean })[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (kindOf(NUMERALS, c) === 0) continue;
    let end = i + 1;
    while (end < n && kindOf(NUMERALS, text.charCodeAt(end)) !== 0) end++;
    const v = numeralValue(text, i, end);
    out.push({ start: i, end, key: numberKey(v), sign: '', spelled: true, quantity: end < n && kindOf(MEASURES, text.charCodeAt(end)) === 1 });
    i = end;
  }
  return out;
}

/** Keys read before NumeralKeys looks them up in a Set instead of a loop. */
const FEW_KEYS = 16;

/**
 * The keys of a text's Chinese numerals — the `key`s chineseNumerals lists, in the same order —
 * read only as far as a question needs and without a token object each: the numbers check
 * asks whether a few source values appear among them, and usually finds each early. One
 * instance is reused from text to text (the checks are synchronous).
 */
export class NumeralKeys {
  private text = '';
  /** Where reading goes on (chineseNumerals' loop index after the last run read). */
  private at = 0;
  private count = 0;
  private readonly keys: string[] = [];
  /** The keys read so far once they are many (no quadratic look-up), else null. */
  private set: Set<string> | null = null;

  /** Start on another text. */
  reset(text: string): void {
    this.text = text;
    this.at = 0;
    this.count = 0;
    this.set = null;
  }

  /** Does a numeral of the text have this key? */
  has(key: string): boolean {
    if (this.set !== null) {
      if (this.set.has(key)) return true;
    } else for (let k = 0; k < this.count; k++) if (this.keys[k] === key) return true;
    const text = this.text;
    const n = text.length;
    // chineseNumerals' loop, resumed: a run of numerals is one value
    for (let i = this.at; i < n; i++) {
      if (kindOf(NUMERALS, text.charCodeAt(i)) === 0) continue;
      let end = i + 1;
      while (end < n && kindOf(NUMERALS, text.charCodeAt(end)) !== 0) end++;
      const k = numberKey(numeralValue(text, i, end));
      this.add(k);
      if (k === key) {
        this.at = end + 1; // chineseNumerals goes on after text[end], no numeral
        return true;
      }
      i = end;
    }
    this.at = n;
    return false;
  }

  private add(key: string): void {
    this.keys[this.count++] = key;
    if (this.set !== null) this.set.add(key);
    else if (this.count > FEW_KEYS) this.set = new Set(this.keys.slice(0, this.count));
  }
}
