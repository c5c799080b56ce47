import { describe, expect, it } from 'vitest';
import { hasLatinLetter } from '../../../src/core/checks/term/hasLatinLetter';

describe('hasLatinLetter', () => {
  it('finds an ASCII letter anywhere, and nothing in Han, digits, full-width or accented letters', () => {
    expect(hasLatinLetter('我们在ImageNet上训练。')).toBe(true);
    expect(hasLatinLetter('模型的准确率为95.3%，提升了2倍。z')).toBe(true);
    expect(hasLatinLetter('模型的准确率为95.3%，提升了2倍。')).toBe(false);
    expect(hasLatinLetter('ＧＡＮ和éàü以及Ⅱ')).toBe(false);
    expect(hasLatinLetter('')).toBe(false);
  });

  it('agrees with a character-by-character test on 2,000 generated texts', () => {
    const pieces = ['模型', 'A', 'z', '3', '，', 'Ｇ', 'é', ' ', '[', '`', '@', '{'];
    let seed = 3;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 2000; n++) {
      let t = '';
      for (let k = Math.floor(next() * 6); k > 0; k--) t += pieces[Math.floor(next() * pieces.length)];
      const slow = [...t].some((ch) => (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'));
      expect(hasLatinLetter(t)).toBe(slow);
    }
  });
});
