import { describe, expect, it } from 'vitest';
import { builtinTermbase, compileGlossary, type Termbase } from '../../../src/core/glossary';
import { exactKey, modifierKey, tokenKey } from '../../../src/core/glossary/englishTermKeys';
import { WordKeyIds } from '../../../src/core/glossary/WordKeyIds';
import { F_EXACT, F_FLAGS, F_KEY, F_MOD, FORM_ACRONYM, FORM_LINK, FORM_SEEN, FORM_STRIDE, sourceIndexOf } from '../../../src/core/glossary/SourceIndex';

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

  it('mark link words, and the glossary’s acronyms and their plurals, and nothing else', () => {
    // 86 acronyms: the word table grows past its first size while they are added
    const acronyms: Termbase = {
      id: 'acr', name: 'acr', priority: 0,
      concepts: Array.from({ length: 86 }, (_, i) => {
        const a = 'Q' + String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String.fromCharCode(65 + Math.floor(i / 26)) : '');
        return { id: 'a' + i, en: [{ text: a }, { text: 'quantum term number ' + i }], zh: [{ text: '量子术语' + i, status: 'preferred' as const }] };
      }),
    };
    const g = compileGlossary([builtinTermbase(), acronyms]);
    const ix = sourceIndexOf(g);
    const lower = new Set([...g.acronyms.keys()].map((a) => a.toLowerCase()));
    expect(lower.size).toBeGreaterThan(100);
    const links = new Set(['of', 'the', 'to', 'and', 'in', 'on', 'for', 'a', 'by']);
    const words = new Set<string>([...links, 'an', 'with', 'ofs', 'as', 's', 'ss', 'qs', 'qss', ...wordsOf(builtinTermbase())]);
    for (const a of lower) words.add(a).add(a + 's').add(a + 'es').add(a.slice(0, -1)).add(a + 'x');
    let acr = 0;
    for (const w of words) {
      const v = ix.longForm(w, 0, w.length, w.length, w.length);
      const flags = v & (FORM_SEEN - 1);
      expect(flags, w).toBe(ix.form[(v >> 8) * FORM_STRIDE + F_FLAGS]);
      const isAcronym = lower.has(w) || (w.length > 2 && w.endsWith('s') && lower.has(w.slice(0, -1)));
      expect([(flags & FORM_LINK) !== 0, (flags & FORM_ACRONYM) !== 0], w).toEqual([links.has(w), isAcronym]);
      if (isAcronym) acr++;
    }
    expect(acr).toBeGreaterThan(200);
  });
});

describe('WordKeyIds: a string’s key ids and flags in one look-up', () => {
  it('answers for keys of each kind, acronyms, plurals and link words however many are added after the keys', () => {
    const keyIds = new Map([['learn', 0], ['^learn', 1], ['=learn', 2], ['^models', 3], ['=pre', 4]]);
    const acronyms = Array.from({ length: 200 }, (_, i) => 'x' + i.toString(36)); // the table grows while they are added
    const t = new WordKeyIds(keyIds, acronyms, 4, ['of', 'the', 'learn'], 1);
    const get = (s: string) => [...t.info.subarray(t.at(s), t.at(s) + 4)];
    expect(get('learn')).toEqual([0, 1, 2, 1]);
    expect(get('models')).toEqual([-1, 3, -1, 0]);
    expect(get('pre')).toEqual([-1, -1, 4, 0]);
    expect(get('of')).toEqual([-1, -1, -1, 1]);
    expect(get('training')).toEqual([-1, -1, -1, 0]);
    expect(t.at('training')).toBe(0);
    for (const a of acronyms) {
      expect(get(a), a).toEqual([-1, -1, -1, 4]);
      expect(get(a + 's'), a + 's').toEqual([-1, -1, -1, 4]);
    }
    expect(get('x')).toEqual([-1, -1, -1, 0]);
    expect(get('x0ss')).toEqual([-1, -1, -1, 0]);
  });
});
