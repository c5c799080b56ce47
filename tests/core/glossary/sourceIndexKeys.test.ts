import { describe, expect, it } from 'vitest';
import { builtinTermbase, compileGlossary, type Termbase } from '../../../src/core/glossary';
import { exactKey, modifierKey, tokenKey } from '../../../src/core/glossary/englishTermKeys';
import { F_EXACT, F_KEY, F_MOD, FORM_STRIDE, sourceIndexOf } from '../../../src/core/glossary/SourceIndex';

/**
 * A word's key ids in the source index (worked out on its first sight, looked up without the
 * '^' / '=' marks in maps split by kind) against the marked keys looked up the plain way:
 * `keyIds.get(tokenKey(w))`, `keyIds.get(modifierKey(w))`, `keyIds.get(exactKey(w))` (numbers:
 * the number itself, '^' and '=' + it). Every word of the built-in termbase's terms, their
 * plurals, -ing / -ed forms and possessives, numbers, and words of no term.
 */
const numbered: Termbase = {
  id: 'numbers', name: 'numbers', priority: 0,
  concepts: [
    { id: 'top5', en: [{ text: 'top-5 accuracy' }], zh: [{ text: 'top-5准确率', status: 'preferred' }] },
    { id: 'r50', en: [{ text: 'ResNet 50 backbone' }], zh: [{ text: 'ResNet 50骨干网络', status: 'preferred' }] },
    { id: 'bs', en: [{ text: 'business processes' }], zh: [{ text: '业务流程', status: 'preferred' }] },
  ],
};

function wordsOf(tb: Termbase): string[] {
  const out = new Set<string>(['5', '50', '2023', 'zzqy', 'ss', 'us', 'is', 'bus', 'process', 'processes', 'analysis', 'the', 'of']);
  for (const c of tb.concepts) {
    for (const e of c.en) {
      for (const t of [e.text, ...(e.variants ?? [])]) {
        for (const w of t.toLowerCase().split(/[^a-z0-9]+/)) {
          if (!w) continue;
          out.add(w).add(w + 's').add(w + 'es').add(w + 'ing').add(w + 'ed').add(w + "'s").add(w + '’');
        }
      }
    }
  }
  return [...out];
}

function keysAgree(tb: Termbase[]): number {
  const g = compileGlossary(tb);
  const ix = sourceIndexOf(g);
  const id = (k: string) => ix.keyIds.get(k) ?? -1;
  let live = 0;
  for (const tbase of tb) {
    for (const w of wordsOf(tbase)) {
      // the word's value through the index (its first sight), as the matcher asks for it
      const v = ix.longForm(w, 0, w.length, w.length, w.length);
      const row = (v >> 8) * FORM_STRIDE;
      const digits = /^[0-9]+$/.test(w);
      const want = digits ? [id(w), id('^' + w), id('=' + w)] : [id(tokenKey(w)), id(modifierKey(w)), id(exactKey(w))];
      expect([ix.form[row + F_KEY], ix.form[row + F_MOD], ix.form[row + F_EXACT]], w).toEqual(want);
      if (want.some((k) => k >= 0)) live++;
    }
  }
  return live;
}

describe('SourceIndex: a word’s key ids', () => {
  it('are the ids of its key, modifier key and exact key (built-in termbase)', () => {
    expect(keysAgree([builtinTermbase()])).toBeGreaterThan(1000);
  });

  it('keep a plural modifier apart from its stem, and number keys unstemmed', () => {
    expect(keysAgree([numbered])).toBeGreaterThan(10);
    const g = compileGlossary([numbered]);
    const ix = sourceIndexOf(g);
    const row = (w: string) => (ix.longForm(w, 0, w.length, w.length, w.length) >> 8) * FORM_STRIDE;
    // "business" modifies "processes": the modifier key of "business" is its stem's, of "businesses" the word's own
    expect(ix.form[row('business') + F_MOD]).toBe(ix.keyIds.get(modifierKey('business')));
    expect(ix.form[row('businesses') + F_MOD]).toBe(-1);
    expect(ix.form[row('50') + F_MOD]).toBe(ix.keyIds.get('^50'));
  });
});
