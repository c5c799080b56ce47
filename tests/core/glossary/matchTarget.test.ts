import { describe, expect, it } from 'vitest';
import { compileGlossary, matchTarget, matchTargetAll, type Concept, type Termbase } from '../../../src/core/glossary';
import { testTermbase } from './matcherTermbase';
import { seededRandom } from '../../../src/core/stats';

const termbase = (id: string, priority: number, concepts: Concept[]): Termbase => ({ id, name: id, priority, concepts });
const show = (hits: { text: string; start: number; conceptId: string }[]) => hits.map((h) => `${h.text}@${h.start}:${h.conceptId}`);

describe('matchTarget and matchTargetAll', () => {
  const g = compileGlossary([testTermbase()]);

  it('gives every occurrence to matchTargetAll and only the longest to matchTarget', () => {
    const text = '预训练的代理模型与代理人';
    expect(show(matchTargetAll(g, text))).toEqual([
      '预训练@0:pretrained', '训练@1:training', '代理模型@4:surrogate-model', '代理@4:agent', '代理人@9:agent', '代理@9:agent',
    ]);
    expect(show(matchTarget(g, text))).toEqual(['预训练@0:pretrained', '代理模型@4:surrogate-model', '代理人@9:agent']);
  });

  it('keeps both of two terms that cross without one containing the other', () => {
    const g2 = compileGlossary([termbase('t', 0, [
      { id: 'dl', en: [{ text: 'deep learning' }], zh: [{ text: '深度学习', status: 'preferred' }] },
      { id: 'lm', en: [{ text: 'learning model' }], zh: [{ text: '学习模型', status: 'preferred' }] },
    ])]);
    expect(show(matchTarget(g2, '深度学习模型'))).toEqual(['深度学习@0:dl', '学习模型@2:lm']);
  });

  it('reports the same text again with the same hits, and another text with its own', () => {
    const a = matchTarget(g, '强化学习的策略');
    expect(matchTarget(g, '强化学习的策略')).toEqual(a);
    expect(show(matchTarget(g, '美国各州的政策'))).toEqual(['州@3:state', '政策@5:policy']);
    expect(matchTarget(g, '')).toEqual([]);
    expect(matchTarget(g, 'No Chinese at all.')).toEqual([]);
  });

  it('needs a non-alphanumeric neighbour at a Latin edge, and takes a plural s', () => {
    const g2 = compileGlossary([termbase('t', 0, [
      { id: 'gnn', en: [{ text: 'graph neural network', acronym: 'GNN' }], zh: [{ text: '图神经网络', status: 'preferred' }] },
    ])]);
    expect(show(matchTarget(g2, '使用GNNs和GNN，而非GNNX或AGNN。'))).toEqual(['GNNs@2:gnn', 'GNN@7:gnn']);
  });

  it('joins a term with its plural s and a term spelt with that s into one hit, the shorter one first', () => {
    const tb = termbase('t', 0, [
      { id: 'gnn', en: [{ text: 'graph neural network', acronym: 'GNN' }], zh: [{ text: '图神经网络', status: 'preferred' }] },
      { id: 'gnns-lib', en: [{ text: 'GNNs' }], zh: [{ text: 'GNNs', status: 'preferred' }], dnt: true },
    ]);
    const [hit] = matchTarget(compileGlossary([tb]), '基于GNNs库的实现');
    expect(hit.text).toBe('GNNs');
    expect(hit.entries.map((e) => `${e.conceptId}/${e.kind}`)).toEqual(['gnn/acronym', 'gnns-lib/name']);
    expect(hit.conceptId).toBe('gnn');
    // a higher-priority termbase comes first whatever the order in the text
    const project = termbase('p', 10, [{ id: 'gnns-lib', en: [{ text: 'GNNs' }], zh: [{ text: 'GNNs', status: 'preferred' }], dnt: true }]);
    const [top] = matchTarget(compileGlossary([termbase('t', 0, tb.concepts.slice(0, 1)), project]), '基于GNNs库的实现');
    expect(top.entries.map((e) => e.conceptId)).toEqual(['gnns-lib', 'gnn']);
    expect(top.kind).toBe('name');
  });

  it('lists a string shared by several concepts once, the higher-priority concept first', () => {
    const low = termbase('low', 0, [{ id: 'agent', en: [{ text: 'agent' }], zh: [{ text: '智能体', status: 'preferred' }, { text: '代理', status: 'forbidden' }] }]);
    const high = termbase('high', 5, [{ id: 'proxy', en: [{ text: 'proxy' }], zh: [{ text: '代理', status: 'preferred' }] }]);
    const hits = matchTarget(compileGlossary([low, high]), '代理服务器');
    expect(hits).toHaveLength(1);
    expect(hits[0].entries.map((e) => `${e.conceptId}:${e.status}`)).toEqual(['proxy:preferred', 'agent:forbidden']);
    expect(hits[0].status).toBe('preferred');
  });

  it('gives each hit its text as the target writes it (capitals kept, mixed-script terms too)', () => {
    const g2 = compileGlossary([termbase('t', 0, [
      { id: 'vit', en: [{ text: 'vision transformer' }], zh: [{ text: '视觉Transformer', status: 'preferred' }] },
      { id: 'rl', en: [{ text: 'reinforcement learning', acronym: 'RL' }], zh: [{ text: '强化学习', status: 'preferred' }] },
    ])]);
    const text = '视觉TRANSFORMER与视觉transformer和强化学习（RL）、rl方法';
    expect(matchTarget(g2, text).map((h) => `${h.text}@${h.start}:${h.conceptId}/${h.kind}`)).toEqual([
      '视觉TRANSFORMER@0:vit/zh', '视觉transformer@14:vit/zh', '强化学习@28:rl/zh', 'RL@33:rl/acronym', 'rl@37:rl/acronym',
    ]);
    for (const h of matchTargetAll(g2, text)) expect(h.text).toBe(text.slice(h.start, h.end));
  });
});

describe('matchTarget memo (the last few texts, compared by ===)', () => {
  const g = compileGlossary([testTermbase()]);
  const other = compileGlossary([termbase('o', 0, [{ id: 'rl', en: [{ text: 'reinforcement learning' }], zh: [{ text: '强化学习', status: 'preferred' }] }])]);

  it('answers the same text with the same arrays, and its selected hits are among all of them', () => {
    const text = '预训练的代理模型与代理人';
    const sel = matchTarget(g, text);
    const all = matchTargetAll(g, text);
    expect(matchTarget(g, text)).toBe(sel);
    for (const h of sel) expect(all).toContain(h);
  });

  it('matches a target once for both answers: one automaton pass, whichever is asked first', () => {
    const g2 = compileGlossary([testTermbase()]);
    const zh = g2.zh;
    const pass = zh.collectByStart.bind(zh);
    let passes = 0;
    zh.collectByStart = (text, fold, into) => {
      passes++;
      return pass(text, fold, into);
    };
    const text = '我们用预训练的代理模型（SM）训练代理人，代理人的策略优于政策梯度。';
    const all = matchTargetAll(g2, text);
    const sel = matchTarget(g2, text);
    expect(passes).toBe(1);
    // the longest-match selection is made from the same hits, in the same pass
    expect(sel.length).toBeGreaterThan(0);
    expect(sel.length).toBeLessThan(all.length);
    for (const h of sel) expect(all).toContain(h);
    const other = '代理与策略';
    matchTarget(g2, other);
    matchTargetAll(g2, other);
    expect(passes).toBe(2);
  });

  it('answers an equal string made separately like the original', () => {
    const a = '强化学习的策略与政策';
    const b = ['强化学习的', '策略与政策'].join('');
    expect(show(matchTarget(g, b))).toEqual(show(matchTarget(g, a)));
  });

  it('keeps glossaries apart for the same text', () => {
    const text = '强化学习的代理人';
    expect(show(matchTarget(g, text))).toEqual(show(matchTarget(compileGlossary([testTermbase()]), text)));
    expect(show(matchTarget(other, text))).toEqual(['强化学习@0:rl']);
    expect(show(matchTarget(g, text)).some((s) => s.startsWith('代理人@5'))).toBe(true);
  });

  it('matches a text again correctly after many others pushed it out', () => {
    const text = '预训练的代理模型与代理人';
    const first = show(matchTargetAll(g, text));
    for (let i = 0; i < 20; i++) matchTarget(g, `第${i}个代理与策略`);
    expect(show(matchTargetAll(g, text))).toEqual(first);
    expect(show(matchTarget(g, text))).toEqual(['预训练@0:pretrained', '代理模型@4:surrogate-model', '代理人@9:agent']);
  });
});

describe('matchTarget against a brute-force search (generated termbases and texts)', () => {
  const isAlnum = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

  /** Every occurrence by start, longest first, with the Latin-edge rules; then the longest-match selection. */
  function naive(terms: Map<string, Set<string>>, text: string) {
    const folded = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
    const spans = new Map<string, { start: number; end: number; ids: Set<string> }>();
    for (const [p, ids] of terms) {
      for (let i = folded.indexOf(p); i >= 0; i = folded.indexOf(p, i + 1)) {
        let end = i + p.length;
        if (isAlnum(p[0]) && isAlnum(text[i - 1])) continue;
        if (isAlnum(p[p.length - 1]) && isAlnum(text[end])) {
          if (!/[sS]/.test(text[end]) || isAlnum(text[end + 1])) continue;
          end++;
        }
        const key = `${i}-${end}`;
        const s = spans.get(key) ?? { start: i, end, ids: new Set<string>() };
        for (const id of ids) s.ids.add(id);
        spans.set(key, s);
      }
    }
    const all = [...spans.values()].sort((a, b) => a.start - b.start || b.end - a.end);
    const selected: typeof all = [];
    let reach = -1;
    for (let k = 0; k < all.length; k++) {
      if (k > 0 && all[k - 1].start === all[k].start) continue;
      if (all[k].end > reach) {
        selected.push(all[k]);
        reach = all[k].end;
      }
    }
    const show = (h: { start: number; end: number; ids: Set<string> }) => `${text.slice(h.start, h.end)}@${h.start}-${h.end}:${[...h.ids].sort().join('+')}`;
    return { all: all.map(show), selected: selected.map(show) };
  }
  const shown = (hits: { text: string; start: number; end: number; entries: { conceptId: string }[] }[]) =>
    hits.map((h) => `${h.text}@${h.start}-${h.end}:${[...new Set(h.entries.map((e) => e.conceptId))].sort().join('+')}`);

  it('finds the same hits, and selects the same longest ones, on 1,500 random texts', () => {
    const rnd = seededRandom('matchTarget brute force 2026');
    // few characters, so that terms overlap, nest and share prefixes; Latin ones for the edge rules
    const han = Array.from('模型训练数据集图神经网络');
    const latin = ['a', 'b', 'X', 'Y', '1'];
    const pick = (a: string[]) => a[Math.floor(rnd() * a.length)];
    for (let round = 0; round < 15; round++) {
      const concepts: Concept[] = [];
      const terms = new Map<string, Set<string>>();
      for (let k = 0; k < 60; k++) {
        const zh: Concept['zh'] = [];
        for (let z = 0; z < 1 + Math.floor(rnd() * 2); z++) {
          const len = 1 + Math.floor(rnd() * 4);
          const text = Array.from({ length: len }, () => (rnd() < 0.2 ? pick(latin) : pick(han))).join('');
          zh.push({ text, status: rnd() < 0.3 ? 'forbidden' : 'preferred' });
        }
        const id = `c${k}`;
        concepts.push({ id, en: [{ text: `term number ${k}` }], zh });
        for (const z of zh) {
          const p = z.text.replace(/[A-Z]/g, (c) => c.toLowerCase());
          if (!terms.has(p)) terms.set(p, new Set());
          terms.get(p)!.add(id);
        }
      }
      const g = compileGlossary([termbase(`r${round}`, 0, concepts)]);
      for (let t = 0; t < 100; t++) {
        const len = Math.floor(rnd() * 90);
        const text = Array.from({ length: len }, () => {
          const r = rnd();
          return r < 0.15 ? pick(latin) : r < 0.2 ? pick(['，', ' ', 's', 'S']) : pick(han);
        }).join('');
        const want = naive(terms, text);
        expect(shown(matchTargetAll(g, text))).toEqual(want.all);
        expect(shown(matchTarget(g, text))).toEqual(want.selected);
      }
    }
  });
});
