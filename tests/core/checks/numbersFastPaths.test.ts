import { describe, expect, it } from 'vitest';
import { chineseNumerals, NumeralKeys } from '../../../src/core/checks/util/chineseNumerals';
import { digitNumbers } from '../../../src/core/checks/util/extractNumbers';
import { numberKey } from '../../../src/core/checks/util/numberKey';
import { EnglishWords } from '../../../src/core/text';

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

/**
 * digitNumbers as it was with the regular expression: the reference the match scan
 * (nextDigitNumber) must reproduce exactly.
 */
const DIGITS_RE = /([+\-−±]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?|\.\d+)(?:[ \u00a0~]?([Mm]illion|[Bb]illion|[Tt]housand|[kKMB](?![A-Za-z])|[多余]?[万亿千]))?/g;
const MULT: Record<string, number> = { k: 1e3, K: 1e3, thousand: 1e3, Thousand: 1e3, 千: 1e3, M: 1e6, million: 1e6, Million: 1e6, B: 1e9, billion: 1e9, Billion: 1e9, 万: 1e4, 亿: 1e8 };
const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

function referenceDigitNumbers(text: string, firstDigit = 0): { start: number; end: number; key: string; sign: string }[] {
  const out: { start: number; end: number; key: string; sign: string }[] = [];
  DIGITS_RE.lastIndex = Math.max(0, firstDigit - 2);
  for (let m = DIGITS_RE.exec(text); m; m = DIGITS_RE.exec(text)) {
    let start = m.index;
    let signCh = m[1];
    const numStart = start + signCh.length;
    const prev = numStart > 0 ? text.charCodeAt(numStart - 1) : -1;
    const prev2 = numStart > 1 ? text.charCodeAt(numStart - 2) : -1;
    if (signCh && start > 0) {
      const before = text.charCodeAt(start - 1);
      if (signCh === '+' && isLetter(before)) continue;
      if (isLetter(before) || (before >= 0x30 && before <= 0x39)) {
        signCh = '';
        start = numStart;
      }
    }
    const end = m.index + m[0].length;
    const after = end < text.length ? text.charCodeAt(end) : -1;
    if (isLetter(prev) || (prev === 0x2d && isLetter(prev2)) || (isLetter(after) && !m[3])) continue;
    if (prev === 0x5f || prev === 0x5e || prev === 0x7b) continue;
    if (prev === 0x2e && prev2 >= 0x30 && prev2 <= 0x39) continue;
    const sign = signCh === '+' ? '+' : signCh === '-' || signCh === '−' ? '-' : '';
    let v = Number(m[2].replace(/,/g, ''));
    if (m[3]) v *= MULT[m[3].slice(-1) === '万' || m[3].slice(-1) === '亿' || m[3].slice(-1) === '千' ? m[3].slice(-1) : m[3]] ?? 1;
    out.push({ start, end, key: numberKey(v), sign });
  }
  return out;
}

/** Text pieces around numbers: separators, signs, multipliers and their near misses, notation. */
const NUM_PIECES = ['1', '12', '123', '1234', '0', '05', '7', ',', ',', '.', '.', ',000', ',5', '.5', '1,000.5', '2,718.28', '3,141', ',999.9', '+', '-', '−', '±', ' ', '\u00a0', '~', 'million', 'Million', 'mil', 'billion', 'Billion', 'Bil', 'thousand', 'Thousand', 'k', 'K', 'M', 'B', 'b', 'm', 'T', 'Mb', 'ks', '多', '余', '万', '亿', '千', '多万', 'a', 'x', 'GPT', 'v', '_', '^', '{', '%', '个', '模型', '（', '–', '/', 'e'];

describe('digitNumbers (a scan instead of a regular expression)', () => {
  it('gives exactly what the regular expression gave, on 40,000 random strings of number pieces', () => {
    const r = rng(11);
    for (let n = 0; n < 40000; n++) {
      let t = '';
      const pieces = 1 + Math.floor(r() * 14);
      for (let k = 0; k < pieces; k++) t += pick(r, NUM_PIECES);
      const first = r() < 0.5 ? 0 : Math.floor(r() * (t.length + 2));
      const got = digitNumbers(t, first).map((x) => ({ start: x.start, end: x.end, key: x.key, sign: x.sign }));
      expect(got, JSON.stringify([t, first])).toEqual(referenceDigitNumbers(t, first));
    }
  });

  it('reads real-looking numbers: 1,304.73 whole, 2.5万, −3.1%, 10-shot, 1,2345 as two', () => {
    const t = '准确率提高了−3.1%，参数量为2.5万，在10-shot设置下，共1,304.73小时，1,2345个样本，约120 million。';
    const got = digitNumbers(t).map((x) => [t.slice(x.start, x.end), x.key, x.sign]);
    expect(got).toEqual(referenceDigitNumbers(t).map((x) => [t.slice(x.start, x.end), x.key, x.sign]));
    expect(got.map((x) => x[1])).toEqual(['3.1', '25000', '10', '1304.73', '1', '2345', '120000000']);
  });
});

/** English-looking pieces that change where words start and end: apostrophes, hyphens, names with digits. */
const WORD_PIECES = [...NUM_PIECES, ' ', ' ', 'the', 'ResNet', 'GPT-', 'x', "'", '’', "don't", 'model’s', '-', '‑', '_', 'é', '\n', '(', ')', 'top-', 'v1.', 'CIFAR-', '3D', 'e.g.', '模型', '。'];

describe('digitNumbers with the word scan (digits sought in the words flagged WORD_DIGIT)', () => {
  it('gives the same numbers as the search of the text, on 40,000 random English-like strings, from any start', () => {
    const r = rng(23);
    for (let n = 0; n < 40000; n++) {
      let t = '';
      const pieces = 1 + Math.floor(r() * 18);
      for (let k = 0; k < pieces; k++) t += pick(r, WORD_PIECES);
      const words = EnglishWords.of(t);
      const first = r() < 0.5 ? Math.max(0, words.firstDigit) : Math.floor(r() * (t.length + 2));
      const got = digitNumbers(t, first, words).map((x) => [x.start, x.end, x.key, x.sign]);
      expect(got, JSON.stringify([t, first])).toEqual(digitNumbers(t, first).map((x) => [x.start, x.end, x.key, x.sign]));
    }
  });

  it('finds every number of an abstract sentence: 3,287 pairs, 1.5x, ResNet-50 skipped, −2.4%, 10k', () => {
    const t = 'We train ResNet-50 on 3,287 pairs (1.5x faster, −2.4% error) with 10k steps; the model’s top-1 accuracy is 76.1.';
    const got = digitNumbers(t, EnglishWords.of(t).firstDigit, EnglishWords.of(t)).map((x) => [t.slice(x.start, x.end), x.key]);
    expect(got).toEqual([['3,287', '3287'], ['−2.4', '2.4'], ['10k', '10000'], ['76.1', '76.1']]);
  });
});
