import { describe, expect, it } from 'vitest';
import { compileGlossary, type Termbase } from '../../../src/core/glossary';
import { englishTermKeys } from '../../../src/core/glossary/englishTermKeys';
import { SourceTrieBuilder } from '../../../src/core/glossary/SourceTrieBuilder';

/** The node reached from the root along `keys`, or -1. */
function walk(b: SourceTrieBuilder, keys: string[]): number {
  let node = 0;
  for (const k of keys) {
    const id = b.keyIds.get(k);
    if (id === undefined) return -1;
    node = b.child(node, id);
    if (node < 0) return -1;
  }
  return node;
}

describe('SourceTrieBuilder: the English term index built from key sequences', () => {
  const terms = [
    'graph neural network', 'graph  neural\tnetworks', 'model-based reinforcement learning', 'pretrained model',
    'self-supervised learning', 'Naïve Bayes', 'policy', 'policies', 'state-of-the-art', 'transformer',
  ];

  it('indexes every term under each of its key sequences (plain words walked directly, compounds split)', () => {
    const b = new SourceTrieBuilder();
    terms.forEach((t, i) => b.add(t, { conceptId: `c${i}`, kind: 'term', termText: t }));
    terms.forEach((t, i) => {
      const seqs = englishTermKeys(t);
      expect(seqs.length).toBeGreaterThan(0);
      for (const seq of seqs) {
        const node = walk(b, seq);
        expect(node, `${t}: ${seq.join(' ')}`).toBeGreaterThan(0);
        expect(b.entries[node]!.map((e) => e.conceptId)).toContain(`c${i}`);
      }
    });
    // "policy" and "policies" share one key: one node, both concepts, termbase order
    expect(b.entries[walk(b, englishTermKeys('policy')[0])]!.map((e) => e.conceptId)).toEqual(['c6', 'c7']);
    // a modifier keeps its plural apart: "graph neural networks" ends where the singular does
    expect(walk(b, englishTermKeys('graph neural network')[0])).toBe(walk(b, englishTermKeys('graph neural networks')[0]));
    expect(walk(b, englishTermKeys('graphs neural network')[0])).toBe(-1);
  });

  it('lists a concept once per node however many of its variants end there, and ignores empty terms', () => {
    const b = new SourceTrieBuilder();
    b.add('attention head', { conceptId: 'a', kind: 'term', termText: 'attention head' });
    b.add('attention heads', { conceptId: 'a', kind: 'term', termText: 'attention head' });
    b.add('   ', { conceptId: 'empty', kind: 'term', termText: '   ' });
    expect(b.entries[walk(b, englishTermKeys('attention head')[0])]!.map((e) => e.conceptId)).toEqual(['a']);
    expect(b.entries.filter(Boolean)).toHaveLength(1);
  });

  it('gives a word the same key whatever its case, length or characters (packed short words, long and dotted ones apart)', () => {
    const b = new SourceTrieBuilder();
    const e = (id: string) => ({ conceptId: id, kind: 'term' as const, termText: id });
    b.add('Graph Neural Network', e('upper'));
    b.add('graph neural network', e('lower'));
    b.add('counterfactually-fair representations', e('hyphen'));
    b.add('internationalization benchmarks', e('long'));
    b.add('GPT-4 model’s outputs', e('apostrophe'));
    b.add('v1.5 checkpoints', e('dotted'));
    expect(b.entries[walk(b, englishTermKeys('graph neural networks')[0])]!.map((x) => x.conceptId)).toEqual(['upper', 'lower']);
    expect(b.entries[walk(b, englishTermKeys('Internationalization Benchmark')[0])]![0].conceptId).toBe('long');
    expect(b.entries[walk(b, englishTermKeys('v1.5 checkpoint')[0])]![0].conceptId).toBe('dotted');
    expect(walk(b, englishTermKeys('v15 checkpoint')[0])).toBe(-1);
    for (const seq of englishTermKeys('GPT-4 model’s outputs')) expect(b.entries[walk(b, seq)]![0].conceptId).toBe('apostrophe');
  });

  it('keeps thousands of terms findable as its edge table grows', () => {
    const b = new SourceTrieBuilder();
    const many: string[] = [];
    for (let i = 0; i < 6000; i++) many.push(`token${i} mixer layer${i % 37}`);
    many.forEach((t, i) => b.add(t, { conceptId: `m${i}`, kind: 'term', termText: t }));
    for (let i = 0; i < 6000; i += 599) expect(b.entries[walk(b, englishTermKeys(many[i])[0])]![0].conceptId).toBe(`m${i}`);
  });
});

describe('compileGlossary: the Map trie (en) is still there for a caller that reads it', () => {
  it('has the same terms as the index matchSource uses', () => {
    const tb: Termbase = { id: 't', name: 't', priority: 0, concepts: [
      { id: 'gnn', en: [{ text: 'graph neural network' }], zh: [{ text: '图神经网络', status: 'preferred' }] },
      { id: 'mbrl', en: [{ text: 'model-based RL' }], zh: [{ text: '基于模型的强化学习', status: 'preferred' }] },
    ] };
    const g = compileGlossary([tb]);
    let node = g.en;
    for (const k of englishTermKeys('graph neural network')[0]) node = node.next.get(k)!;
    expect(node.entries!.map((e) => e.conceptId)).toEqual(['gnn']);
    expect(g.en.next.has(englishTermKeys('model based RL')[0][0])).toBe(false); // split compound: 'model' must be exact
    expect(g.en.next.has('=model')).toBe(true);
  });
});
