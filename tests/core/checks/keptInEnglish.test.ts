import { describe, expect, it } from 'vitest';
import { keptInEnglish } from '../../../src/core/checks/term/keptInEnglish';

describe('keptInEnglish', () => {
  it('counts source words kept in English in the target, in any casing, as whole words', () => {
    expect(keptInEnglish('我们在每层后使用Dropout，并在输出层使用 SOFTMAX。', ['dropout', 'Softmax'])).toBe(2);
    expect(keptInEnglish('Dropout和dropout都能减少过拟合。', ['Dropout', 'dropout'])).toBe(2);
  });

  it('does not count a word inside a longer Latin word or a different word', () => {
    expect(keptInEnglish('我们使用DropoutNet和dropouts。', ['dropout'])).toBe(0);
    expect(keptInEnglish('该模型使用随机失活。', ['dropout'])).toBe(0);
  });

  it('reads targets with characters whose lower case is longer (İ) and non-ASCII words the same way', () => {
    expect(keptInEnglish('İ Dropout层', ['dropout'])).toBe(1);
    expect(keptInEnglish('Fréchet距离（FRÉCHET）', ['Fréchet'])).toBe(2);
  });
});

/** The plain reading: distinct lower-cased words counted in the lower-cased target, whole words, not overlapping. */
function reference(target: string, words: string[]): number {
  const lower = target.toLowerCase();
  const alnum = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
  let n = 0;
  for (const w of new Set(words.map((x) => x.toLowerCase()))) {
    if (!w) continue;
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.length)) {
      const before = at > 0 ? lower.charCodeAt(at - 1) : 32;
      const after = at + w.length < lower.length ? lower.charCodeAt(at + w.length) : 32;
      if (!alnum(before) && !alnum(after)) n++;
    }
  }
  return n;
}

describe('keptInEnglish against the lower-cased copy', () => {
  it('counts as the plain reading on 5,000 random targets, one target asked several times in a row', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
    const WORDS = ['dropout', 'Dropout', 'DROPOUT', 'softmax', 'SoftMax', 'dd', 'Dd', 'aa', 'AA', 'a', 'k', 'ki', 'pi', 'GAN', 'gan', 'gans', 'Adam', 'adamw', 'x1', 'kk', 'a a', 'deep learning', 'c+', 'C+c+'];
    const PIECES = [...WORDS, '的', '模型', '，', '。', ' ', ' ', '-', '（', '）', '1', 'İ', '\u212a', 'ı', 'ÉCOLE', 'école', 'Kk', 'dropoutdropout', 'DDD', 'aaa', 'a a ', 'Deep Learning', 'c+', 'C+', '+'];
    let positive = 0;
    for (let t = 0; t < 5000; t++) {
      let target = '';
      const n = 1 + Math.floor(rnd() * 14);
      for (let i = 0; i < n; i++) target += pick(PIECES);
      // the same target several times with different words (a unit asks once per concept)
      for (let ask = 0; ask < 3; ask++) {
        const words = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(WORDS));
        const want = reference(target, words);
        expect(keptInEnglish(target, words), `${target} | ${words.join(',')}`).toBe(want);
        if (want > 0) positive++;
      }
    }
    expect(positive).toBeGreaterThan(500);
  });

  it('counts a word whose first letter appears in one case only, and many times, in a Chinese target', () => {
    expect(keptInEnglish('我们用dropout、dropout和DROPOUT（dropout）训练。', ['Dropout'])).toBe(4);
    expect(keptInEnglish('GAN和GANs不同，GAN更早。', ['gan'])).toBe(2);
    expect(keptInEnglish('aaa和aa，AAaa与AA。', ['aa'])).toBe(2);
    // occurrences do not overlap; a word ending in no letter can be counted right after another
    expect(keptInEnglish('我们在learning learning learning中', ['Learning Learning'])).toBe(1);
    expect(keptInEnglish('我们在Learning learning learning中', ['learning learning'])).toBe(1);
    expect(keptInEnglish('用c+C+C+C+ 训练', ['C+C+'])).toBe(1);
    expect(keptInEnglish('温度为\u212a时，k值为KK，300k。', ['k'])).toBe(2);
  });
});
