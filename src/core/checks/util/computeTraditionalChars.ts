import { Converter } from 'opencc-js/t2cn';

/**
 * Characters OpenCC's tw/hk tables change but that are standard in simplified Chinese
 * too (显著, 什么, 覆盖): measured on 3,287 real simplified abstracts, these were the only
 * characters it would change in correct text.
 */
export const ALSO_SIMPLIFIED = '著么覆';

/**
 * Every BMP Han character OpenCC (Taiwan or Hong Kong standard → mainland) would change, as
 * one string in code-point order, minus ALSO_SIMPLIFIED. Costs ~0.3 s (the converters load
 * their dictionaries), so the checks read the generated copy in traditionalCharsData.ts;
 * this is what regenerates it and what the test compares it with.
 */
export function computeTraditionalChars(): string {
  const tw = Converter({ from: 'tw', to: 'cn' });
  const hk = Converter({ from: 'hk', to: 'cn' });
  let out = '';
  const scan = (from: number, to: number) => {
    for (let c = from; c <= to; c++) {
      const s = String.fromCharCode(c);
      if ((tw(s) !== s || hk(s) !== s) && !ALSO_SIMPLIFIED.includes(s)) out += s;
    }
  };
  scan(0x3400, 0x4dbf);
  scan(0x4e00, 0x9fff);
  scan(0xf900, 0xfaff);
  return out;
}
