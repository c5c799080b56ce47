import { describe, expect, it } from 'vitest';
import { tokenizeEnglish } from '../../../src/core/glossary';
import { clauseWordsStart } from '../../../src/core/glossary/clauseWordsStart';

const MARKS = '.,;:!?()（）。，；{}\\"“”';

/** The simple way: the clause starts after the last mark before `to`; tokenize it; take the last words. */
function simple(text: string, to: number, maxWords: number): number {
  let from = 0;
  for (let i = to - 1; i >= 0; i--) {
    if (MARKS.includes(text[i])) {
      from = i + 1;
      break;
    }
  }
  const starts = tokenizeEnglish(text.slice(from, to)).map((t) => t.start + from);
  if (!starts.length) return -1;
  return starts[Math.max(0, starts.length - maxWords)];
}

describe('clauseWordsStart (the last words of a clause, read backwards from the word scan)', () => {
  it('finds where the expansion before "(DESTA)" may start', () => {
    const text = 'In this work, we propose the Distributive Exploration Safety Training Algorithm (DESTA).';
    const open = text.indexOf('(');
    expect(text.slice(clauseWordsStart(text, open, 10), open)).toBe('we propose the Distributive Exploration Safety Training Algorithm ');
    expect(text.slice(clauseWordsStart(text, open, 5), open)).toBe('Distributive Exploration Safety Training Algorithm ');
    expect(clauseWordsStart('Results: (GNN)', 9, 4)).toBe(-1); // a mark right before the bracket
    expect(clauseWordsStart('（GNN）', 0, 4)).toBe(-1);
  });

  it('agrees with tokenizing the clause on random texts, at every bracket', () => {
    const pieces = ['graph', 'Neural', 'net', "agent's", 'don’t', "x'9", 'ab’cd9', '42', 'GNNs', ' ', ' ', '  ', '-', '\n', '中文', '的', ...MARKS, '(', '(', "'", '’', '_', '/', '—'];
    let seed = 4242;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    let brackets = 0;
    for (let k = 0; k < 4000; k++) {
      let t = '';
      for (let j = Math.floor(next() * 40); j > 0; j--) t += pieces[Math.floor(next() * pieces.length)];
      for (let to = t.indexOf('('); to >= 0; to = t.indexOf('(', to + 1)) {
        brackets++;
        for (const maxWords of [1, 2, 4, 7]) expect(clauseWordsStart(t, to, maxWords), `${JSON.stringify(t)} at ${to}, ${maxWords}`).toBe(simple(t, to, maxWords));
      }
    }
    expect(brackets).toBeGreaterThan(4000);
  });
});
