import { describe, expect, it } from 'vitest';
import { approvedPatterns, countOccurrences, countOccurrencesSkipping } from '../../../src/core/checks/term/approvedPatterns';
import { builtinTermbase, charClass, compileGlossary, type CompiledConcept, type Concept } from '../../../src/core/glossary';
import { seededRandom } from '../../../src/core/stats';

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

/** The patterns as they were made: a closure adding each string, then filters by /[a-z]/. */
function reference(cc: CompiledConcept) {
  const out: string[] = [];
  const add = (s: string | undefined) => {
    const t = s?.trim();
    if (!t) return;
    const f = charClass.foldLatin(t);
    if (!out.includes(f)) out.push(f);
  };
  const c = cc.concept;
  for (const z of c.zh) if (z.status !== 'forbidden') add(z.text);
  for (const e of c.en) {
    add(e.acronym);
    if (!c.dnt) continue;
    for (const t of [e.text, ...(e.variants ?? [])]) {
      add(t);
      if (t.includes('-')) {
        add(t.replace(/-/g, ''));
        add(t.replace(/-/g, ' '));
      }
    }
  }
  for (const a of cc.acronyms) add(a);
  const plain = out.filter((p) => !/[a-z]/.test(p));
  const pairs: number[] = [];
  for (const p of plain) for (let k = 0; k + 1 < p.length; k++) pairs.push((p.charCodeAt(k) << 16) | p.charCodeAt(k + 1));
  return { plain, latin: out.filter((p) => /[a-z]/.test(p)), pairs };
}

describe('approvedPatterns', () => {
  it('lists approved renderings, acronyms and a dnt name with and without its hyphens', () => {
    const g = compileGlossary([{ id: 't', name: 't', priority: 0, concepts: [
      { id: 'ql', en: [{ text: 'Q-Learning', variants: [' Deep Q-Network '], acronym: 'DQN' }], zh: [{ text: 'Q-Learning', status: 'preferred' }], dnt: true },
      { id: 'rl', en: [{ text: 'reinforcement learning', acronym: 'RL' }], zh: [{ text: '强化学习', status: 'preferred' }, { text: '增强学习', status: 'admitted' }, { text: '加强学习', status: 'forbidden' }] },
    ] }]);
    expect(approvedPatterns(g.concepts.get('ql')!)).toEqual({
      plain: [],
      latin: ['q-learning', 'dqn', 'qlearning', 'q learning', 'deep q-network', 'deep qnetwork', 'deep q network'],
      pairs: [],
    });
    const rl = approvedPatterns(g.concepts.get('rl')!);
    expect(rl.plain).toEqual(['强化学习', '增强学习']);
    expect(rl.latin).toEqual(['rl']);
    expect(rl.pairs).toContain((0x5f3a << 16) | 0x5316); // 强化
  });

  it('equals the closure-and-filter reading on every concept of the built-in termbase and on generated ones', () => {
    const rand = seededRandom('approvedPatterns');
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    const words = ['Q-Learning', 'GPT-3', 'ImageNet', 'x-y-z', ' 图神经网络 ', '强化学习', 'RL', 'DQN', 'dqn', '', ' ', 'Ä-b', '的', 'A', 'a-'];
    const concepts: Concept[] = [];
    for (let n = 0; n < 2000; n++) {
      concepts.push({
        id: `c${n}`,
        dnt: rand() < 0.5,
        en: [{ text: pick(words) || 'term', variants: rand() < 0.5 ? [pick(words), pick(words)] : undefined, acronym: rand() < 0.5 ? pick(words) : undefined }, { text: pick(words) || 'GNN' }],
        zh: [{ text: pick(words) || '模型', status: pick(['preferred', 'admitted', 'forbidden'] as const) }, { text: pick(words) || '训练', status: pick(['preferred', 'admitted', 'forbidden'] as const) }],
      });
    }
    let dntHyphen = 0;
    for (const g of [compileGlossary([builtinTermbase()]), compileGlossary([{ id: 'gen', name: 'gen', priority: 0, concepts }])]) {
      for (const cc of g.concepts.values()) {
        const want = reference(cc);
        expect(approvedPatterns(cc), cc.id).toEqual(want);
        if (cc.dnt && want.latin.some((p) => p.includes(' ') || !p.includes('-'))) dntHyphen++;
      }
    }
    expect(dntHyphen).toBeGreaterThan(300);
  });
});
