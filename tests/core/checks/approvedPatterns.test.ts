import { describe, expect, it } from 'vitest';
import { countOccurrences, countOccurrencesSkipping } from '../../../src/core/checks/term/approvedPatterns';

const DE = 0x7684; // 的

describe('countOccurrencesSkipping', () => {
  it('counts the approved strings the target holds once its 的 are left out', () => {
    const target = '我们研究模型的训练，并比较模型训练的开销和训练模型的方法。';
    expect(countOccurrencesSkipping(target, DE, ['模型训练'], false)).toBe(2);
    expect(countOccurrencesSkipping(target, DE, ['模型训练'], false)).toBe(countOccurrences(target.replace(/的/g, ''), ['模型训练']));
    // a string holding 的 cannot occur once they are gone
    expect(countOccurrencesSkipping(target, DE, ['模型的训练'], false)).toBe(0);
  });

  it('compares Latin strings with capitals folded, and counts overlapping occurrences', () => {
    expect(countOccurrencesSkipping('使用Q-Learning的变体和q-learning', DE, ['q-learning'], true)).toBe(2);
    expect(countOccurrencesSkipping('哈哈的哈', DE, ['哈哈'], false)).toBe(2);
    expect(countOccurrencesSkipping('没有这个词。', DE, ['模型训练'], false)).toBe(0);
  });
});
