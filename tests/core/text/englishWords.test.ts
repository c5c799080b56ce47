import { describe, expect, it } from 'vitest';
import { EnglishWords, WORD_ACRONYM_SHAPED, WORD_APOSTROPHE, WORD_DIGIT, WORD_GAP_OK, WORD_HYPHEN_NEXT } from '../../../src/core/text';
import { tokenizeEnglish } from '../../../src/core/glossary';

const TEXT =
  'We pre-train GNNs on ImageNet-1K (Deng et al., 2009); the agent’s policy doesn\u2019t use 3.5% of the state‐of‐the‐art data. ' +
  '我们的模型 uses “self-attention” and RL_agent two-stage training.';

function words(text: string) {
  const w = EnglishWords.of(text);
  const out: { text: string; flags: number }[] = [];
  for (let k = 0; k < w.count; k++) out.push({ text: text.slice(w.start[k], w.end[k]), flags: w.flags[k] });
  return out;
}

describe('EnglishWords', () => {
  it('finds the words tokenizeEnglish finds, at the same offsets', () => {
    const w = EnglishWords.of(TEXT);
    const tokens = tokenizeEnglish(TEXT);
    expect(w.count).toBe(tokens.length);
    tokens.forEach((t, k) => {
      expect([w.start[k], w.end[k]]).toEqual([t.start, t.end]);
      expect((w.flags[k] & WORD_HYPHEN_NEXT) !== 0).toBe(t.hyphenNext);
    });
    expect(words(TEXT).map((x) => x.text)).toContain('agent’s');
    expect(words(TEXT).map((x) => x.text)).toContain('doesn’t');
  });

  it('marks digits, apostrophes, acronym shapes and breaks between words', () => {
    const byText = new Map(words(TEXT).map((x) => [x.text, x.flags]));
    expect(byText.get('1K')! & WORD_DIGIT).not.toBe(0);
    expect(byText.get('2009')! & WORD_DIGIT).not.toBe(0);
    expect(byText.get('ImageNet')! & WORD_DIGIT).toBe(0);
    expect(byText.get('agent’s')! & WORD_APOSTROPHE).not.toBe(0);
    expect(byText.get('policy')! & WORD_APOSTROPHE).toBe(0);
    expect(byText.get('GNNs')! & WORD_ACRONYM_SHAPED).not.toBe(0);
    expect(byText.get('RL')! & WORD_ACRONYM_SHAPED).not.toBe(0);
    expect(byText.get('Deng')! & WORD_ACRONYM_SHAPED).toBe(0);
    // "(Deng": a bracket between words breaks a term; "pre-train": a hyphen does not
    expect(byText.get('Deng')! & WORD_GAP_OK).toBe(0);
    expect(byText.get('train')! & WORD_GAP_OK).not.toBe(0);
    expect(byText.get('pre')! & WORD_HYPHEN_NEXT).not.toBe(0);
    expect(byText.get('state')! & WORD_HYPHEN_NEXT).not.toBe(0); // U+2010 hyphen
  });

  it('keeps recent scans and scans again a text whose scan was replaced', () => {
    const a = 'Policy gradient methods train the agent.';
    const first = EnglishWords.of(a);
    expect(EnglishWords.of(a)).toBe(first);
    for (let k = 0; k < 6; k++) EnglishWords.of(`Another text number ${k} with other words in it.`);
    const again = EnglishWords.of(a);
    expect(words(a).map((x) => x.text)).toEqual(['Policy', 'gradient', 'methods', 'train', 'the', 'agent']);
    expect(again.text).toBe(a);
  });

  it('finds no words in Chinese, punctuation or an empty text', () => {
    expect(EnglishWords.of('').count).toBe(0);
    expect(EnglishWords.of('我们提出了一种新的方法。').count).toBe(0);
    expect(EnglishWords.of(' -- , . ; ').count).toBe(0);
  });
});
