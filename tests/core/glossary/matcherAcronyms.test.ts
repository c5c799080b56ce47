import { describe, expect, it } from 'vitest';
import { compileGlossary, findAcronymDefinitions } from '../../../src/core/glossary';
import { testTermbase } from './matcherTermbase';

const g = compileGlossary([testTermbase()]);

describe('findAcronymDefinitions', () => {
  it('finds the DESTA expansion and builds its Chinese from termbase renderings', () => {
    const src = 'We propose a new framework called Distributive Exploration Safety Training Algorithm (DESTA).';
    const [d] = findAcronymDefinitions(src, g);
    expect(d.acronym).toBe('DESTA');
    expect(d.expansion.text).toBe('Distributive Exploration Safety Training Algorithm');
    expect(src.slice(d.expansion.start, d.expansion.end)).toBe(d.expansion.text);
    expect(src.slice(d.acronymSpan.start, d.acronymSpan.end)).toBe('DESTA');
    expect(d.components.map((c) => c.zh)).toEqual(['分布式', '探索', '安全', '训练', '算法']);
    expect(d.expectedZh).toBe('分布式探索安全训练算法');
  });

  it('handles a plural acronym, full-width brackets and a multi-word term', () => {
    const src = 'We study graph neural networks（GNNs）and reinforcement learning (RL).';
    const defs = findAcronymDefinitions(src, g);
    expect(defs.map((d) => [d.acronym, d.expansion.text, d.expectedZh])).toEqual([
      ['GNN', 'graph neural networks', '图神经网络'],
      ['RL', 'reinforcement learning', '强化学习'],
    ]);
    expect(defs[0].acronymSpan.text).toBe('GNNs');
  });

  it('gives no expected Chinese when a content word is unknown or the order would change', () => {
    const [a] = findAcronymDefinitions('the Adaptive Safety Algorithm (ASA) works', g);
    expect(a.expansion.text).toBe('Adaptive Safety Algorithm');
    expect(a.expectedZh).toBeUndefined();
    const [b] = findAcronymDefinitions('Safety of Training (SoT)', g);
    expect(b.expansion.text).toBe('Safety of Training');
    expect(b.expectedZh).toBeUndefined();
  });

  it('ignores brackets that are not acronyms or whose letters are not in the preceding words', () => {
    expect(findAcronymDefinitions('accuracy improves (see Table 2) and (a) holds', g)).toEqual([]);
    expect(findAcronymDefinitions('we evaluate on a benchmark (ImageNet)', g)).toEqual([]);
    expect(findAcronymDefinitions('strong results (XYZ) overall', g)).toEqual([]);
  });

  it('reads an expansion on its own where the source matches across its start', () => {
    // "graph Neural Network" is one term in the source; the expansion of NN is "Neural Network"
    const [nn] = findAcronymDefinitions('we use a graph Neural Network (NN) here', g);
    expect(nn.expansion.text).toBe('Neural Network');
    expect(nn.components.map((c) => [c.text, c.zh])).toEqual([['Neural Network', '神经网络']]);
    expect(nn.expectedZh).toBe('神经网络');
    // after a hyphen: "a-" would make the source's "Reinforcement Learning" part of a phrase compound
    const [rl] = findAcronymDefinitions('a move-to-Reinforcement Learning (RL) pipeline', g);
    expect(rl.expansion.text).toBe('Reinforcement Learning');
    expect(rl.expectedZh).toBe('强化学习');
    expect(rl.components[0].start).toBe('a move-to-'.length);
    // inside the expansion, the source's own hits (same spans as matching the expansion alone)
    const src = 'Our Graph Neural Network (GNN) and Reinforcement Learning (RL) agents';
    const defs = findAcronymDefinitions(src, g);
    expect(defs.map((d) => d.expectedZh)).toEqual(['图神经网络', '强化学习']);
    for (const d of defs) for (const c of d.components) expect(src.slice(c.start, c.end)).toBe(c.text);
  });

  it('reads the bracket as the short-form pattern does: spaces, a plural s, at most twelve characters', () => {
    const src = 'Graph Neural Networks ( GNNs ) beat All Big Cats Do Eat Fish Good Heavy Items Just Kind Large Meals (ABCDEFGHIJKLM).';
    const defs = findAcronymDefinitions(src, g);
    expect(defs.map((d) => [d.acronym, d.acronymSpan.text, d.expectedZh])).toEqual([['GNN', 'GNNs', '图神经网络']]);
    expect(src.slice(defs[0].acronymSpan.start, defs[0].acronymSpan.end)).toBe('GNNs');
    // a lower-case body or a second capital missing defines nothing; an unclosed bracket neither
    expect(findAcronymDefinitions('graph neural networks (gnn) and Graph Networks (Gn) and Graph Nets (GN', g)).toEqual([]);
  });

  it('works without a glossary (spans only)', () => {
    const [d] = findAcronymDefinitions('Proximal Policy Optimization (PPO) is used');
    expect(d.expansion.text).toBe('Proximal Policy Optimization');
    expect(d.expectedZh).toBeUndefined();
  });
});
