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
