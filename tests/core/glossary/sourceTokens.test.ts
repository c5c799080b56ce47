import { describe, expect, it } from 'vitest';
import { compileGlossary, type Termbase } from '../../../src/core/glossary';
import {
  F_EXACT, F_KEY, F_KEY_BITS, F_MOD, F_NEXT_BLOOM, F_ROOT_EXACT, F_ROOT_KEY, F_ROOT_MOD, FORM_ACRONYM, FORM_SEEN, FORM_STARTS,
  FORM_STRIDE, sourceIndexOf, type SourceIndex,
} from '../../../src/core/glossary/SourceIndex';
import { SourceTokens, TOKEN_HYPHEN_NEXT } from '../../../src/core/glossary/SourceTokens';
import { EnglishWords, packedHash } from '../../../src/core/text/EnglishWords';
import { testTermbase } from './matcherTermbase';

/**
 * The word scan looks each word up in the glossary's packed word table as it goes (no pass
 * of its own over the words), and the matcher resolves only the words it did not find.
 * Checked against the table's own lookup, word by word, on texts from pieces that share
 * prefixes, run past 15 units, hold digits, apostrophes and hyphens.
 */
const extra: Termbase['concepts'] = [
  { id: 'top5', en: [{ text: 'top-5 accuracy' }], zh: [{ text: 'top-5准确率', status: 'preferred' }] },
  { id: 'interp', en: [{ text: 'interpretability' }], zh: [{ text: '可解释性', status: 'preferred' }] },
  { id: 'repr', en: [{ text: 'representation' }], zh: [{ text: '表示', status: 'preferred' }] },
];
const withDigits = compileGlossary([testTermbase(extra)]);
const plain = compileGlossary([testTermbase()]);

/** The packed form of a word of at most 15 units, as the scan documents it. */
function pack(word: string): [number, number, number] {
  let a = 0;
  let b = 0;
  let d = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    const l = c | 0x20;
    const code = l >= 0x61 && l <= 0x7a ? l - 0x60 : c >= 0x30 && c <= 0x39 ? c - 0x10 : c === 0x2019 ? 28 : 27;
    if (k < 5) a = (a << 6) | code;
    else if (k < 10) b = (b << 6) | code;
    else d = (d << 6) | code;
  }
  return [a, b, d];
}

/** A word's value the simple way: the table's own lookup (adding it when new). */
function valueOf(ix: SourceIndex, text: string, s: number, e: number): number {
  const word = text.slice(s, e);
  if (e - s > 15) return ix.longForm(text, s, e, e, e);
  if (!ix.digitKeys && /^[0-9]+$/.test(word)) return FORM_SEEN;
  const [a, b, d] = pack(word);
  return ix.shortForm(text, s, e, e, e, a, b, d);
}

const PIECES = [
  'train', 'training', 'trained', 'trainer', 'policy', 'policies', 'agent', 'agent’s', "agents'", 'state', 'of', 'the',
  'art', 'pre', 'Pre', 'representation', 'representative', 'Representations', 'generalizes', 'generalized', 'GNN', 'GNNs', 'RL', 'interpretability', 'Interpretabilities', 'overparameterization', 'top', '5',
  '2023', '1e5', 'x', 'reward', 'rewards', 'gradient', 'neural', 'network', 'networks', 'graph', 'zzqy', 'zzqyzzqyzzqyzz',
];
const SEPARATORS = [' ', ' ', ' ', '-', '‐', ', ', '. ', ' (', ') ', '\n', '/', ' — ', '中文'];

function randomTexts(count: number, seed: number): string[] {
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let t = next() < 0.3 ? SEPARATORS[Math.floor(next() * SEPARATORS.length)] : '';
    for (let j = 1 + Math.floor(next() * 30); j > 0; j--) {
      t += PIECES[Math.floor(next() * PIECES.length)];
      if (j > 1 || next() < 0.5) t += SEPARATORS[Math.floor(next() * SEPARATORS.length)];
    }
    out.push(t);
  }
  return out;
}

describe('SourceTokens (the scan looks the words up as it goes)', () => {
  it('gives every word the value the packed table gives it, and lists exactly the words that may start a hit', () => {
    for (const g of [withDigits, plain]) {
      const ix = sourceIndexOf(g);
      const tokens = new SourceTokens();
      for (const text of randomTexts(1500, g === plain ? 11 : 12)) {
        // twice: the second time the words are in the table (and the scan may be a kept one)
        for (let round = 0; round < 2; round++) {
          const n = tokens.scan(ix, text);
          const expectedCand: number[] = [];
          for (let t = 0; t < n; t++) {
            const v = valueOf(ix, text, tokens.start[t], tokens.end[t]);
            expect(tokens.value[t], `${JSON.stringify(text)} word ${t}`).toBe(v);
            if (v & (FORM_STARTS | FORM_ACRONYM) || tokens.flags[t] & TOKEN_HYPHEN_NEXT) expectedCand.push(t);
          }
          expect([...tokens.cand.subarray(0, tokens.candCount)], JSON.stringify(text)).toEqual(expectedCand);
        }
      }
    }
  });

  it('looks a text up again for another glossary, and not for the sentence split', () => {
    const text = 'Top-5 accuracy of the trained agent’s policy on 2023 interpretability tasks.';
    const a = new SourceTokens();
    a.scan(sourceIndexOf(withDigits), text);
    const ofFirst = [...a.value.subarray(0, a.count)];
    const w = EnglishWords.of(text); // the split: the kept scan, as it was
    expect(w.lookup).toBe(sourceIndexOf(withDigits).packed);
    a.scan(sourceIndexOf(plain), text);
    expect(EnglishWords.of(text).lookup).toBe(sourceIndexOf(plain).packed);
    const ixPlain = sourceIndexOf(plain);
    for (let t = 0; t < a.count; t++) expect(a.value[t]).toBe(valueOf(ixPlain, text, a.start[t], a.end[t]));
    // the number 2023 is looked up only where some term has a number
    const k = [...a.start.subarray(0, a.count)].indexOf(text.indexOf('2023'));
    expect(a.value[k]).toBe(FORM_SEEN);
    a.scan(sourceIndexOf(withDigits), text);
    expect([...a.value.subarray(0, a.count)]).toEqual(ofFirst);
  });

  it('tells apart two words that share their first ten letters and their slot in the table', () => {
    const ix = sourceIndexOf(withDigits);
    const tokens = new SourceTokens();
    tokens.scan(ix, 'a representation');
    const [a, b, d] = pack('representation');
    // the tier holding the term's word (the small one while it has room), and its slot there
    let slot = -1;
    let mask = 0;
    for (const [slots, m] of [[ix.packed.hot, ix.packed.hotMask], [ix.packed.slots, ix.packed.mask]] as const) {
      for (let q = 0; q < slots.length; q += 4) {
        if (slots[q] === a && slots[q + 1] === b && slots[q + 2] === d) {
          slot = q >> 2;
          mask = m;
        }
      }
    }
    expect(slot).toBeGreaterThanOrEqual(0);
    // a made-up word "representa…" whose probe starts at that very slot
    let other = '';
    for (let k = 0; k < 26 ** 4 && !other; k++) {
      const tail = String.fromCharCode(0x61 + (k % 26), 0x61 + ((k / 26) % 26 | 0), 0x61 + ((k / 676) % 26 | 0), 0x61 + ((k / 17576) % 26 | 0));
      const p = pack(`representa${tail}`);
      if (p[2] !== d && (packedHash(p[0], p[1], p[2]) & mask) === slot) other = `representa${tail}`;
    }
    expect(other).not.toBe('');
    const text = `The ${other} of a representation.`;
    const n = tokens.scan(ix, text);
    expect(n).toBe(5);
    expect(tokens.value[1]).toBe(FORM_SEEN); // a word on no edge, not the term's row
    expect(tokens.value[4]).toBe(valueOf(ix, text, tokens.start[4], tokens.end[4]));
    expect(tokens.value[4]).not.toBe(FORM_SEEN);
  });

  it('rejects a next word by the blooms only when no term goes on with it', () => {
    // every pair of words of the termbase's terms and of PIECES: the quick test (no bit of the
    // next word's keys in the first word's children's blooms) against the child tables
    const ix = sourceIndexOf(withDigits);
    const tokens = new SourceTokens();
    const words = [...new Set([...PIECES, 'policy', 'gradient', 'graph', 'neural', 'network', 'pre', 'trained', 'top', '5', 'accuracy', 'state', 'of', 'the', 'art'])];
    const text = words.join(' ');
    const n = tokens.scan(ix, text);
    const form = ix.form;
    let rejected = 0;
    let continued = 0;
    for (let i = 0; i < n; i++) {
      const row = (tokens.value[i] >> 8) * FORM_STRIDE;
      for (let j = 0; j < n; j++) {
        const next = (tokens.value[j] >> 8) * FORM_STRIDE;
        let child = false;
        for (const root of [form[row + F_ROOT_EXACT], form[row + F_ROOT_MOD], form[row + F_ROOT_KEY]]) {
          for (const key of [form[next + F_EXACT], form[next + F_MOD], form[next + F_KEY]]) if (root >= 0 && ix.child(root, key) >= 0) child = true;
        }
        if ((form[row + F_NEXT_BLOOM] & form[next + F_KEY_BITS]) === 0) {
          rejected++;
          expect(child, `${words[i]} ${words[j]}`).toBe(false);
        } else if (child) continued++;
      }
    }
    expect(rejected).toBeGreaterThan(n * n * 0.5);
    expect(continued).toBeGreaterThan(5);
  });
});
