import { describe, expect, it } from 'vitest';
import { builtinTermbase, compileGlossary, matchSource, type CompiledGlossary, type Termbase } from '../../../src/core/glossary';

/**
 * A source hit carries its first entry's concept number (`SourceHit.conceptNo`, read from the
 * trie's end row): the number `CompiledGlossary.conceptNo` gives its `conceptId`, in every
 * glossary that numbers the concepts its own way, for terms, names, acronyms and their plurals.
 */
const ahead: Termbase = {
  id: 'ahead',
  name: 'ahead',
  priority: 10,
  concepts: [
    { id: 'x-widget', en: [{ text: 'widget network' }], zh: [{ text: '小部件网络', status: 'preferred' }] },
    { id: 'x-desta', en: [{ text: 'distributive exploration safety training algorithm', acronym: 'DESTA' }], zh: [{ text: '分布式探索安全训练算法', status: 'preferred' }] },
    { id: 'x-lander', en: [{ text: 'Lunar Lander' }], zh: [], dnt: true },
  ],
};

const texts = [
  'We train a graph neural network (GNN) with reinforcement learning; GNNs and the policy network outperform the baseline.',
  'The Distributive Exploration Safety Training Algorithm (DESTA) is tested on Lunar Lander and Frozen Lake with a widget network.',
  'Pre-trained language models and state-of-the-art adversarial examples: the agent’s reward, the agents’ policies.',
  'Self-supervised contrastive learning on ImageNet-1K; a convolutional neural network (CNN) and CNNs with attention.',
];

function checkNumbers(g: CompiledGlossary): number {
  let seen = 0;
  for (const text of texts) {
    for (const h of matchSource(g, text)) {
      expect(h.conceptNo, `${h.text} → ${h.conceptId}`).toBe(g.conceptNo!.get(h.conceptId));
      expect(h.conceptId).toBe(h.entries[0].conceptId);
      seen++;
    }
  }
  return seen;
}

describe('SourceHit.conceptNo', () => {
  it('is the glossary number of the hit’s concept, whichever glossary numbered it', () => {
    const builtin = builtinTermbase();
    const one = compileGlossary([builtin]);
    const two = compileGlossary([ahead, builtin]);
    expect(checkNumbers(one)).toBeGreaterThan(15);
    expect(checkNumbers(two)).toBeGreaterThan(15);
    // the two glossaries number the same concept differently: a number taken from the wrong one would show
    const gnn = matchSource(one, texts[0]).find((h) => h.text === 'graph neural network')!;
    expect(one.conceptNo!.get(gnn.conceptId)).not.toBe(two.conceptNo!.get(gnn.conceptId));
  });

  it('is set for acronym hits and their plurals, and for the source’s own acronyms in the termbase', () => {
    const g = compileGlossary([ahead, builtinTermbase()]);
    const hits = matchSource(g, 'DESTA beats two GNNs, and the DESTA agent trains a widget network.');
    const kinds = hits.map((h) => `${h.text}:${h.kind}:${h.conceptNo === g.conceptNo!.get(h.conceptId)}`);
    expect(kinds).toContain('DESTA:acronym:true');
    expect(kinds).toContain('GNNs:acronym:true');
    expect(kinds).toContain('widget network:term:true');
  });
});
