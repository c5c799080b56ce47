import { describe, expect, it } from 'vitest';
import { patternTrie } from '../../../src/core/glossary/PatternTrie';
import { seededRandom } from '../../../src/core/stats';

/** What a walk must read of state s, worked out from the trie's own records. */
function expectedWalk(t: ReturnType<typeof patternTrie.build>, s: number): [number, number] {
  const ku = t.rec[s << 2];
  const kind = ku === patternTrie.NONE ? patternTrie.WALK_LEAF : ku === patternTrie.MULTI ? patternTrie.WALK_MULTI : ku;
  const ends = t.headValue[s] !== patternTrie.NONE ? patternTrie.WALK_ENDS : 0;
  return [kind | ends, ku === patternTrie.NONE ? 0 : t.rec[(s << 2) + 1]];
}

describe('PatternTrie.walk (what collectByStart walks with), kept as the trie grows', () => {
  it('matches every state record: its child or several or none, whether a pattern ends there', () => {
    const rnd = seededRandom('pattern-trie-walk');
    // few characters, so states gain a first child, then a second (MULTI), then more, in any
    // order, and patterns end at inner states (模型 inside 模型压缩) and at leaves
    const alphabet = ['模', '型', '压', '缩', '训', '练', 'a', 'b', '的'];
    const pick = () => alphabet[Math.floor(rnd() * alphabet.length)];
    for (let round = 0; round < 200; round++) {
      const patterns = Array.from({ length: 1 + Math.floor(rnd() * 120) }, () =>
        Array.from({ length: 1 + Math.floor(rnd() * 6) }, pick).join(''),
      );
      const t = patternTrie.build(patterns);
      for (let s = 1; s < t.stateCount; s++) {
        const [first, second] = expectedWalk(t, s);
        expect(t.walk[s << 1], `state ${s} of ${patterns.join(',')}`).toBe(first);
        if (t.rec[s << 2] !== patternTrie.NONE) expect(t.walk[(s << 1) + 1]).toBe(second);
      }
    }
  });

  it('keeps the record when the edge table grows (a long chain, a branch at every state)', () => {
    const chain = Array.from({ length: 160 }, (_, k) => String.fromCharCode(0x4e00 + 7 * k)).join('');
    const patterns = [chain];
    for (let k = 1; k < chain.length; k++) patterns.push(chain.slice(0, k) + '的');
    const t = patternTrie.build(patterns);
    let multi = 0;
    for (let s = 1; s < t.stateCount; s++) {
      const [first, second] = expectedWalk(t, s);
      expect(t.walk[s << 1]).toBe(first);
      if (t.rec[s << 2] !== patternTrie.NONE) expect(t.walk[(s << 1) + 1]).toBe(second);
      if ((first & 0x1ffff) === patternTrie.WALK_MULTI) multi++;
    }
    expect(multi).toBe(chain.length - 1);
  });
});
