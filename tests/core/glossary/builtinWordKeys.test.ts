import { describe, expect, it } from 'vitest';
import { builtinTermbase, compileGlossary, matchSource } from '../../../src/core/glossary';
import { builtinWordKey } from '../../../src/core/glossary/builtinWordKeys';
import { BUILTIN_WORD_KEYS } from '../../../src/core/glossary/builtinWordKeysData';
import { tokenKey } from '../../../src/core/glossary/englishTermKeys';

describe('builtinWordKeys: the precomputed keys of the built-in termbase words', () => {
  const lines = BUILTIN_WORD_KEYS.split('\n');

  it('gives for every listed word exactly the key the stemmer gives', () => {
    expect(lines.length).toBeGreaterThan(1000);
    const wrong = lines.filter((l) => {
      const [w, k] = l.split('\t');
      return tokenKey(w) !== k || builtinWordKey(w) !== k;
    });
    expect(wrong).toEqual([]);
  });

  it('covers the common words of the built-in terms and nothing else', () => {
    expect(builtinWordKey('network')).toBe(tokenKey('network'));
    expect(builtinWordKey('learning')).toBe('learn~ing');
    expect(builtinWordKey('optimization')).toBe(tokenKey('optimization'));
    expect(builtinWordKey('xylophonist')).toBeUndefined();
    expect(builtinWordKey('')).toBeUndefined();
  });

  it('matches the built-in terms in running text as stemming them would', () => {
    const g = compileGlossary([builtinTermbase()]);
    const hits = matchSource(g, 'We fine-tuned the pretrained language models with reinforcement learning from human feedback.');
    const texts = hits.map((h) => h.text);
    expect(texts).toContain('pretrained language models');
    expect(texts.some((t) => t.startsWith('reinforcement learning'))).toBe(true);
    expect(texts).not.toContain('We');
  });
});
