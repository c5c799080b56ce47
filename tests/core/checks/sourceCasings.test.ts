import { describe, expect, it } from 'vitest';
import { SourceCasings } from '../../../src/core/checks/term/sourceCasings';

/** The casings via the indexOf path and via the token scan (forced by a leading "İ.", which lower-cases to two code units). */
const both = (source: string, lower: string) => [new SourceCasings(source).get(lower), new SourceCasings(`İ. ${source}`).get(lower)];

describe('SourceCasings (names.protected source lookup)', () => {
  it('keeps words with inner capitals and mid-sentence capitals, in source order', () => {
    const src = 'We train GNNs on OpenAI Gym. Lunar Lander and the Openai API; Gym is used by openai too.';
    for (const got of both(src, 'openai')) expect(got).toEqual(['OpenAI', 'Openai']);
    for (const got of both(src, 'gnns')) expect(got).toEqual(['GNNs']);
    for (const got of both(src, 'lander')) expect(got).toEqual(['Lander']);
  });

  it('ignores a capital that only starts a sentence, and lower-case words', () => {
    const src = 'Models improve. Gym results vary; models are small.';
    for (const got of both(src, 'models')) expect(got).toBeUndefined();
    for (const got of both(src, 'gym')) expect(got).toBeUndefined();
  });

  it('matches whole tokens only: not inside longer words, hyphenated or dotted names', () => {
    const src = 'We compare BERTology, RoBERTa-large, x.BERT and a3-BERT with 3-BERT and BERT.';
    for (const got of both(src, 'bert')) expect(got).toEqual(['BERT']);
    for (const got of both(src, 'roberta-large')) expect(got).toEqual(['RoBERTa-large']);
    for (const got of both(src, 'x.bert')) expect(got).toEqual(['x.BERT']);
  });

  it('treats a doubled dot as a token break (x..GNN holds the token GNN)', () => {
    for (const got of both('see x..GNN here', 'gnn')) expect(got).toEqual(['GNN']);
    for (const got of both('see xGNN here', 'gnn')) expect(got).toBeUndefined();
  });
});

describe('SourceCasings.hasExact', () => {
  it('is true exactly when get(lower case) includes the word', () => {
    const src = 'Graph models. We train GNNs with Graph Attention; BERTology and BERT-base differ from BERT.';
    const sc = new SourceCasings(src);
    for (const w of ['GNNs', 'Graph', 'BERT', 'BERT-base', 'Bert', 'gnns', 'Attention', 'attention', 'BERTology', 'ERT']) {
      expect(sc.hasExact(w)).toBe(!!sc.get(w.toLowerCase())?.includes(w));
    }
    expect(sc.hasExact('GNNs')).toBe(true);
    expect(sc.hasExact('Bert')).toBe(false);
  });
});

describe('SourceCasings: answers kept per word', () => {
  it('answers each word the same when asked again, in any order, past the kept answers', () => {
    const src = 'We train GNNs on OpenAI Gym with Graph Attention, then BERT and RoBERTa; the Lunar Lander runs.';
    const real = ['gnns', 'openai', 'gym', 'graph', 'attention', 'bert', 'roberta', 'lunar', 'lander', 'train', 'runs', 'gnn'];
    // more distinct words than are kept (32), real ones among the first and the later ones
    // (these answered afresh each time)
    const words = [...real.slice(0, 6)];
    for (let k = 0; k < 30; k++) words.push(`w${k}`);
    words.push(...real.slice(6));
    const fresh = words.map((w) => new SourceCasings(src).get(w));
    const sc = new SourceCasings(src);
    for (let round = 0; round < 3; round++) {
      const order = round === 1 ? [...words.keys()].reverse() : [...words.keys()];
      for (const i of order) expect(sc.get(words[i]), `${words[i]} (round ${round})`).toEqual(fresh[i]);
    }
    expect(fresh.filter((f) => f !== undefined).length).toBe(9);
  });
});
