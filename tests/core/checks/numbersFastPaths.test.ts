import { describe, expect, it } from 'vitest';
import { chineseNumerals, NumeralKeys } from '../../../src/core/checks/util/chineseNumerals';

/** A small deterministic generator (the tests must not depend on Math.random). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pick = <T>(r: () => number, a: readonly T[]): T => a[Math.floor(r() * a.length)];

/** Chinese-looking text dense in numerals, measure words, digits and punctuation. */
const ZH_PIECES = ['三', '两', '二十', '一', '十二', '百', '三千', '五万', '一亿', '〇', '零', '双', '俩', '个', '种', '层', '的', '模型', '在', '统一', '，', '。', '3', '10', 'GPT', ' ', '（', '）', '数十', '上千'];

function zhText(r: () => number, pieces: number): string {
  let t = '';
  for (let k = 0; k < pieces; k++) t += pick(r, ZH_PIECES);
  return t;
}

const KEYS = ['0', '1', '2', '3', '5', '10', '12', '20', '30', '100', '3000', '50000', '100000000', '1000', '7'];

describe('NumeralKeys (the numbers check reads numerals lazily)', () => {
  it('answers has(key) exactly as the keys chineseNumerals lists, whatever the order of the questions', () => {
    const r = rng(7);
    const keys = new NumeralKeys();
    for (let n = 0; n < 3000; n++) {
      const t = zhText(r, 1 + Math.floor(r() * (n % 10 === 0 ? 120 : 20)));
      const all = new Set(chineseNumerals(t).map((x) => x.key));
      keys.reset(t);
      for (let q = 0; q < 6; q++) {
        const key = pick(r, KEYS);
        expect(keys.has(key), `${t} has ${key}`).toBe(all.has(key));
      }
    }
  });

  it('finds 两 for 2 in 我们在两个基准上 and no 3 there', () => {
    const keys = new NumeralKeys();
    keys.reset('我们在两个基准上评估了三十种方法');
    expect(keys.has('3')).toBe(false);
    expect(keys.has('2')).toBe(true);
    expect(keys.has('30')).toBe(true);
  });
});
