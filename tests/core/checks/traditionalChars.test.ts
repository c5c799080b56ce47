import { describe, expect, it } from 'vitest';
import { ALSO_SIMPLIFIED, computeTraditionalChars } from '../../../src/core/checks/util/computeTraditionalChars';
import { traditionalTable } from '../../../src/core/checks/util/traditionalChars';
import { TRADITIONAL_CHARS } from '../../../src/core/checks/util/traditionalCharsData';

const isTraditional = (ch: string) => {
  const c = ch.charCodeAt(0);
  return ((traditionalTable().bits[c >> 5] >>> (c & 31)) & 1) === 1;
};

describe('traditional characters (script.mixed)', () => {
  it('the generated list is exactly what OpenCC (tw, hk → cn) changes today', () => {
    // fails after an opencc-js upgrade: run `npx tsx tests/core/checks/writeTraditionalChars.ts`
    expect(TRADITIONAL_CHARS).toBe(computeTraditionalChars());
  });

  it('marks traditional-only characters and leaves simplified and shared ones alone', () => {
    for (const ch of '網絡學習們體') expect(isTraditional(ch)).toBe(true);
    for (const ch of '网络学习们体中文') expect(isTraditional(ch)).toBe(false);
    for (const ch of ALSO_SIMPLIFIED) expect(isTraditional(ch)).toBe(false);
  });

  it('suggests the simplified form in context', () => {
    expect(traditionalTable().toSimplified('深度學習網絡')).toBe('深度学习网络');
  });
});
