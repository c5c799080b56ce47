import { describe, expect, it } from 'vitest';
import {
  compileGlossary, conceptInitials, matchSource, matchTarget, type Concept, type Termbase,
} from '../../../src/core/glossary';
import { testTermbase } from './matcherTermbase';

const termbase = (id: string, priority: number, concepts: Concept[]): Termbase => ({ id, name: id, priority, concepts });

describe('compileGlossary: compiled concepts', () => {
  const g = compileGlossary([termbase('ml', 0, [
    {
      id: 'gnn',
      en: [{ text: 'graph neural network', variants: ['graph neural networks'], acronym: 'GNN' }, { text: 'GCN' }],
      zh: [
        { text: '图形神经网络', status: 'forbidden' },
        { text: '图网络', status: 'admitted' },
        { text: '图神经网络', status: 'preferred' },
      ],
    },
    { id: 'lunar', en: [{ text: 'Lunar Lander' }], zh: [{ text: 'Lunar Lander', status: 'preferred' }], dnt: true },
  ])]);

  it('lists the preferred rendering first, then the admitted ones, and the forbidden ones apart', () => {
    const cc = g.concepts.get('gnn')!;
    expect(cc.preferred).toBe('图神经网络');
    expect(cc.approved).toEqual(['图神经网络', '图网络']);
    expect(cc.forbidden.map((z) => z.text)).toEqual(['图形神经网络']);
    expect(cc.en).toBe('graph neural network');
    expect(cc.dnt).toBe(false);
    expect(g.concepts.get('lunar')!.dnt).toBe(true);
  });

  it('collects acronyms from the acronym field and from all-capital terms', () => {
    expect(g.concepts.get('gnn')!.acronyms).toEqual(['GNN', 'GCN']);
    expect(g.concepts.get('lunar')!.acronyms).toEqual([]);
  });

  it('keeps the initials the acronym checks compute on a concept', () => {
    const cc = g.concepts.get('gnn')!;
    expect(conceptInitials(cc)).toContain('GNN');
    expect(cc.initials).toBe(conceptInitials(cc));
  });

  it('iterates every concept in merge order', () => {
    expect([...g.concepts.values()].map((c) => c.id)).toEqual(['gnn', 'lunar']);
    expect(g.concepts.size).toBe(2);
  });
});

describe('compileGlossary: the English trie is built on first use', () => {
  it('checks Chinese only without building it, and matches English the same whichever side comes first', () => {
    const a = compileGlossary([testTermbase()]);
    const b = compileGlossary([testTermbase()]);
    const zh = '我们训练一个代理模型，使用预训练的策略。';
    const en = 'We train a surrogate model with a pre-trained policy.';
    expect(matchTarget(a, zh).map((h) => h.text)).toEqual(['训练', '代理模型', '预训练', '策略']);
    expect(a.memo.keys.size).toBe(0); // no English word stemmed yet
    const first = matchSource(b, en).map((h) => `${h.text}:${h.conceptId}`);
    expect(first).toEqual(['train:training', 'surrogate model:surrogate-model', 'pre-trained:pretrained', 'policy:policy']);
    expect(matchSource(a, en).map((h) => `${h.text}:${h.conceptId}`)).toEqual(first);
    expect(a.memo.keys.size).toBeGreaterThan(0);
  });
});

describe('compileGlossary: termbases merged across priorities', () => {
  const builtin = termbase('builtin', 0, [{
    id: 'b-gnn', en: [{ text: 'graph neural network' }],
    zh: [{ text: '图神经网络', status: 'preferred' }, { text: '图网络', status: 'forbidden' }],
  }]);

  it('joins a project concept to the built-in one through hyphens, case and plural', () => {
    const project = termbase('project', 10, [{
      id: 'p-gnn', en: [{ text: 'Graph-Neural-Networks' }], zh: [{ text: '图网络', status: 'preferred' }],
    }]);
    const g = compileGlossary([builtin, project]);
    expect([...g.concepts.keys()]).toEqual(['p-gnn']);
    // the project's rendering first; the built-in one joins, its forbidden 图网络 overridden
    expect(g.concepts.get('p-gnn')!.approved).toEqual(['图网络', '图神经网络']);
    const hit = matchTarget(g, '基于图网络的方法').find((h) => h.text === '图网络')!;
    expect(hit.status).toBe('preferred');
    expect(matchTarget(g, '图神经网络')[0].conceptId).toBe('p-gnn');
  });

  it('joins through a Unicode hyphen (‐) too, and leaves unrelated terms apart', () => {
    const project = termbase('project', 10, [
      { id: 'p-gnn', en: [{ text: 'graph\u2010neural network' }], zh: [{ text: '图网络', status: 'preferred' }] },
      { id: 'p-graph', en: [{ text: 'graph' }], zh: [{ text: '图', status: 'preferred' }] },
    ]);
    const g = compileGlossary([project, builtin]);
    expect([...g.concepts.keys()]).toEqual(['p-gnn', 'p-graph']);
    expect(matchTarget(g, '图神经网络').map((h) => h.conceptId)).toEqual(['p-gnn']);
  });

  it('does not join two concepts of one termbase that share an English term', () => {
    const g = compileGlossary([builtin, termbase('project', 10, [
      { id: 'p1', en: [{ text: 'attack' }], zh: [{ text: '攻击', status: 'preferred' }] },
      { id: 'p2', en: [{ text: 'attacks' }], zh: [{ text: '进攻', status: 'preferred' }] },
    ])]);
    expect([...g.concepts.keys()]).toEqual(['p1', 'p2', 'b-gnn']);
  });

  it('never changes the termbases it was given', () => {
    const project = termbase('project', 10, [{
      id: 'p-gnn', en: [{ text: 'graph neural networks' }], zh: [{ text: '图网络', status: 'preferred' }],
    }]);
    const before = JSON.stringify([builtin, project]);
    compileGlossary([builtin, project]);
    expect(JSON.stringify([builtin, project])).toBe(before);
  });
});
