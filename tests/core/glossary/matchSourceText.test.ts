import { describe, expect, it } from 'vitest';
import { compileGlossary, findAcronymDefinitions, matchSource, type Termbase } from '../../../src/core/glossary';
import { testTermbase } from './matcherTermbase';

/**
 * The English matcher on text as it comes from real files: non-ASCII characters around the
 * words (offsets stay UTF-16), long words, numbers, casing, many different words in one
 * run, and two glossaries used in turn.
 */
const extra: Termbase['concepts'] = [
  { id: 'hpo', en: [{ text: 'hyperparameterization' }], zh: [{ text: '超参数化', status: 'preferred' }] },
  { id: 'overparam', en: [{ text: 'over-parameterization' }], zh: [{ text: '过参数化', status: 'preferred' }] },
  { id: 'top5', en: [{ text: 'top-5 accuracy' }], zh: [{ text: 'top-5准确率', status: 'preferred' }] },
];
const g = compileGlossary([testTermbase(extra)]);
const en = (text: string) => matchSource(g, text).map((h) => `${h.text}:${h.conceptId}`);

describe('matchSource on real-world text', () => {
  it('gives UTF-16 offsets that slice the text, with Chinese, emoji and curly quotes before the terms', () => {
    const text = '𠀀摘要：😀 The agent’s policy uses a pre‐trained graph neural network — “state” matters.';
    const hits = matchSource(g, text);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text);
    expect(hits.map((h) => `${h.text}:${h.conceptId}`)).toEqual([
      'agent:agent', 'policy:policy', 'pre‐trained:pretrained', 'graph neural network:gnn', 'state:state',
    ]);
  });

  it('finds terms at the very start and end of the text, also when it ends in an apostrophe or a hyphen', () => {
    expect(en('policy')).toEqual(['policy:policy']);
    expect(en('Policy state')).toEqual(['Policy:policy', 'state:state']);
    expect(en('the agents’')).toEqual(['agents:agent']);
    expect(en("agent's policy-")).toEqual(['agent:agent', 'policy:policy']);
    expect(en('graph neural network')).toEqual(['graph neural network:gnn']);
    expect(en('pre-trained')).toEqual(['pre-trained:pretrained']);
    expect(en('')).toEqual([]);
    expect(en('—')).toEqual([]);
  });

  it('lets a term span a no-break space or U+2011 hyphen, but not a middle dot or a slash', () => {
    expect(en('a neural\u00a0network and a neural\u2011network')).toEqual(['neural\u00a0network:neural-network', 'neural\u2011network:neural-network']);
    expect(en('neural·network, neural/network')).toEqual([]);
  });

  it('matches words longer than fifteen letters, solid or hyphenated, in any casing', () => {
    expect(en('Hyperparameterization and HYPERPARAMETERIZATION help.')).toEqual([
      'Hyperparameterization:hpo', 'HYPERPARAMETERIZATION:hpo',
    ]);
    expect(en('over-parameterization, overparameterization, over parameterization')).toEqual([
      'over-parameterization:overparam', 'overparameterization:overparam', 'over parameterization:overparam',
    ]);
    expect(en('hyperparameterizations are not hyperparameterizationally sound')).toEqual(['hyperparameterizations:hpo']);
  });

  it('matches a term with a number, and reads other numbers as plain words', () => {
    expect(en('Top-5 accuracy and top 5 accuracy in 2023, not top-50 accuracy')).toEqual([
      'Top-5 accuracy:top5', 'top 5 accuracy:top5', 'accuracy:accuracy',
    ]);
    const plain = compileGlossary([testTermbase()]);
    expect(matchSource(plain, 'In 2023, 10 agents and 3 policies').map((h) => h.text)).toEqual(['agents', 'policies']);
  });

  it('treats a word the same in every casing (the acronym rule aside)', () => {
    expect(en('AGENT, Agent and agent; GNN but not Gnn')).toEqual(['AGENT:agent', 'Agent:agent', 'agent:agent', 'GNN:gnn']);
  });

  it('leaves possessives out of the span, with straight or curly apostrophes', () => {
    const text = "the agent's state and the agents’ policies";
    expect(matchSource(g, text).map((h) => text.slice(h.start, h.end))).toEqual(['agent', 'state', 'agents', 'policies']);
  });

  it('stays right over a long run of different words (the word table starts afresh when large)', () => {
    const words: string[] = [];
    for (let i = 0; i < 270_000; i++) words.push(`zq${i.toString(36)}x`);
    for (let i = 0; i < words.length; i += 3_000) {
      const text = `${words.slice(i, i + 3_000).join(' ')} the agent`;
      expect(en(text)).toEqual(['agent:agent']);
    }
    expect(en('Graph neural networks (GNNs) and a pre-trained agent')).toEqual([
      'Graph neural networks:gnn', 'GNNs:gnn', 'pre-trained:pretrained', 'agent:agent',
    ]);
  });

  it('keeps two glossaries apart when they are used in turn', () => {
    const other = compileGlossary([{
      id: 'o', name: 'other', priority: 0,
      concepts: [{ id: 'reward', en: [{ text: 'reward' }], zh: [{ text: '奖励', status: 'preferred' }] }],
    }]);
    const text = 'The agent maximises its reward.';
    for (let i = 0; i < 3; i++) {
      expect(matchSource(g, text).map((h) => h.conceptId)).toEqual(['agent']);
      expect(matchSource(other, text).map((h) => h.conceptId)).toEqual(['reward']);
    }
  });

  it('answers the same for a text seen before, also after many others', () => {
    const text = 'A pre-trained agent explores.';
    const first = en(text);
    for (let i = 0; i < 40; i++) en(`Filler sentence number ${i} about nothing.`);
    expect(en(text)).toEqual(first);
    expect(en(` ${text}`.slice(1))).toEqual(first);
  });
});

describe('findAcronymDefinitions on real-world text', () => {
  it('finds nothing, quickly, in a source without brackets', () => {
    expect(findAcronymDefinitions('Graph neural networks learn on graphs. No acronym is defined here.', g)).toEqual([]);
  });

  it('starts the expansion after a possessive word and keeps UTF-16 offsets', () => {
    const source = '😀 The agent’s Distributive Exploration Safety Training Algorithm (DESTA) works.';
    const [def] = findAcronymDefinitions(source, g);
    expect(def.acronym).toBe('DESTA');
    expect(def.expansion.text).toBe('Distributive Exploration Safety Training Algorithm');
    expect(source.slice(def.expansion.start, def.expansion.end)).toBe(def.expansion.text);
    expect(source.slice(def.acronymSpan.start, def.acronymSpan.end)).toBe('DESTA');
    expect(def.expectedZh).toBe('分布式探索安全训练算法');
  });
});
