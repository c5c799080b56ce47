import { describe, expect, it } from 'vitest';
import { PackedWordTable } from '../../../src/core/glossary/PackedWordTable';

describe('PackedWordTable (a small table for the first words, a growing one for the rest)', () => {
  it('finds every word added, in whichever tier it went, and no other, also after growing and clearing', () => {
    let seed = 5;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    // words sharing a and b (as "representation"/"representative" do), and random ones
    const words: [number, number, number][] = [];
    const seen = new Set<string>();
    while (words.length < 6000) {
      const w: [number, number, number] = words.length % 3 === 0 ? [0x1234567, 0x89abcd, (next() >>> 2) & 0x3fffffff] : [(next() >>> 2) & 0x3fffffff, (next() >>> 2) & 0x3fffffff, 0];
      const key = w.join(',');
      if (!seen.has(key)) {
        seen.add(key);
        words.push(w);
      }
    }
    for (const hotBits of [0, 8]) {
      const table = new PackedWordTable(4, hotBits);
      for (let round = 0; round < 2; round++) {
        const half = words.slice(0, 3000);
        half.forEach(([a, b, c], k) => table.add(a, b, c, k + 1));
        expect(table.size).toBe(3000);
        half.forEach(([a, b, c], k) => expect(table.find(a, b, c)).toBe(k + 1));
        for (const [a, b, c] of words.slice(3000)) expect(table.find(a, b, c)).toBe(0);
        table.clear();
        expect(table.size).toBe(0);
        expect(table.find(half[0][0], half[0][1], half[0][2])).toBe(0);
      }
    }
  });
});
