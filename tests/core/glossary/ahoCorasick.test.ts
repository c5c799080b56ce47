import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../../src/core/glossary';
import type { StateHits } from '../../../src/core/glossary/AhoCorasick';

const buffer = (): StateHits => ({ ends: new Int32Array(2), states: new Int32Array(2), count: 0 });

/** Occurrences by start (longest first) as "value@start-end", several values of one pattern joined by "|". */
function byStart<T>(ac: AhoCorasick<T>, text: string, fold = false): string[] {
  const hits = buffer();
  const n = ac.collectByStart(text, fold, hits);
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const end = hits.ends[k];
    const state = hits.states[k];
    out.push(`${ac.valuesOf(state).join('|')}@${end - ac.depthOf(state)}-${end}`);
  }
  return out;
}

/** Every occurrence of every pattern by brute force, ordered by start, longest first. */
function naive(patterns: string[], text: string): string[] {
  const found: { start: number; end: number; p: string }[] = [];
  const distinct = [...new Set(patterns)];
  for (let i = 0; i < text.length; i++) for (const p of distinct) if (text.startsWith(p, i)) found.push({ start: i, end: i + p.length, p });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.map((f) => `${f.p}@${f.start}-${f.end}`);
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('AhoCorasick.collectByStart (what matchTarget uses)', () => {
  it('lists nested and overlapping terms by start, the longest first at each start', () => {
    const ac = new AhoCorasick<string>();
    for (const p of ['训练', '预训练', '训练数据', '数据', '据']) ac.add(p, p);
    expect(byStart(ac, '用预训练数据训练')).toEqual([
      '预训练@1-4', '训练数据@2-6', '训练@2-4', '数据@4-6', '据@5-6', '训练@6-8',
    ]);
  });

  it('finds one-character terms (州) and skips characters that start no term', () => {
    const ac = new AhoCorasick<string>();
    for (const p of ['州', '状态', '政策']) ac.add(p, p);
    expect(byStart(ac, '美国各州的政策，而非状态。')).toEqual(['州@3-4', '政策@5-7', '状态@10-12']);
    expect(byStart(ac, '卷积网络在图像上表现良好')).toEqual([]);
    // 懞 姞 旞 share 州's low ten bits (the near filter every position tests): no term
    expect(byStart(ac, '懞姞旞州，旞')).toEqual(['州@3-4']);
  });

  it('follows a character with many continuations (模型, 模式, 模拟, 模块 …)', () => {
    const ac = new AhoCorasick<string>();
    const terms = ['模型', '模式', '模拟', '模块', '模仿', '模糊', '模板', '模态', '模型压缩', '多模态'];
    for (const p of terms) ac.add(p, p);
    expect(byStart(ac, '多模态模型压缩与模板模拟，模')).toEqual([
      '多模态@0-3', '模态@1-3', '模型压缩@3-7', '模型@3-5', '模板@8-10', '模拟@10-12',
    ]);
  });

  it('keeps every value of a pattern added twice, in the order added', () => {
    const ac = new AhoCorasick<string>();
    ac.add('代理', 'agent');
    ac.add('代理人', 'agent-person');
    ac.add('代理', 'proxy');
    expect(byStart(ac, '代理人和代理')).toEqual(['agent-person@0-3', 'agent|proxy@0-2', 'agent|proxy@4-6']);
  });

  it('folds ASCII capitals only when asked (视觉Transformer against the folded pattern)', () => {
    const ac = new AhoCorasick<string>();
    ac.add('视觉transformer', 'vit');
    ac.add('rl', 'rl');
    expect(byStart(ac, '基于视觉Transformer的RL方法', true)).toEqual(['vit@2-15', 'rl@16-18']);
    expect(byStart(ac, '基于视觉Transformer的RL方法', false)).toEqual([]);
    expect(byStart(ac, '基于视觉transformer的rl方法', false)).toEqual(['vit@2-15', 'rl@16-18']);
  });

  it('agrees with a brute-force search on random Chinese and mixed-script text', () => {
    const rnd = random(11);
    const alphabet = ['训', '练', '预', '数', '据', '模', '型', 'a', 'b', '，'];
    const pick = () => alphabet[Math.floor(rnd() * alphabet.length)];
    for (let round = 0; round < 20; round++) {
      const patterns = Array.from({ length: 5 + Math.floor(rnd() * 40) }, () =>
        Array.from({ length: 1 + Math.floor(rnd() * 5) }, pick).join(''),
      );
      const ac = new AhoCorasick<string>();
      for (const p of patterns) ac.add(p, p);
      for (let t = 0; t < 10; t++) {
        const text = Array.from({ length: Math.floor(rnd() * 60) }, pick).join('');
        const got = byStart(ac, text).map((s) => s.replace(/^([^|@]*)(\|[^@]*)?@/, '$1@'));
        expect(got).toEqual(naive(patterns, text));
      }
    }
  });

  it('agrees with a brute-force search when folding capitals, across long mixed-script texts', () => {
    const rnd = random(29);
    // one-letter patterns (x), Latin pairs whose capitals the text holds (Rl, RL), Han ones
    const alphabet = ['x', 'X', 'r', 'R', 'l', 'L', '强', '化', '学', '习', '的', ' '];
    const pick = () => alphabet[Math.floor(rnd() * alphabet.length)];
    const lower = (s: string) => s.replace(/[A-Z]/g, (m) => m.toLowerCase());
    for (let round = 0; round < 20; round++) {
      const patterns = Array.from({ length: 3 + Math.floor(rnd() * 30) }, () =>
        lower(Array.from({ length: 1 + Math.floor(rnd() * 4) }, pick).join('')).trim(),
      ).filter((p) => p);
      const ac = new AhoCorasick<string>();
      for (const p of patterns) ac.add(p, p);
      for (let t = 0; t < 10; t++) {
        // up to 200 code units: several of the 32-position blocks the filter works in
        const text = Array.from({ length: Math.floor(rnd() * 200) }, pick).join('');
        const got = byStart(ac, text, true).map((s) => s.replace(/^([^|@]*)(\|[^@]*)?@/, '$1@'));
        expect(got).toEqual(naive(patterns, lower(text)));
      }
    }
  });
});

describe('AhoCorasick.collectByStart on wide branching (more children than the 32-bit unit filter has bits)', () => {
  it('finds every continuation of 模型 among 40, and none of the units that only share filter bits with them', () => {
    // 40 continuations of 模型 in steps of 3 from 一 (U+4E00): their units mod 32 cover every
    // filter bit, so a unit that continues nothing (一 + 1, 一 + 2, …) passes the bit test and
    // must be refused by the edge table; 模型 itself is a term and a prefix, 模式 a term only
    const ac = new AhoCorasick<string>();
    const tails: string[] = [];
    for (let k = 0; k < 40; k++) tails.push(String.fromCharCode(0x4e00 + 3 * k));
    for (const t of tails) ac.add(`模型${t}`, `模型${t}`);
    ac.add('模型', '模型');
    ac.add('模式', '模式');
    const absent = [String.fromCharCode(0x4e00 + 1), String.fromCharCode(0x4e00 + 32), String.fromCharCode(0x4e00 + 3 * 40)];
    for (const t of [...tails, ...absent]) {
      const text = `用模型${t}和模式`;
      const want = tails.includes(t) ? [`模型${t}@1-4`, '模型@1-3', '模式@5-7'] : ['模型@1-3', '模式@5-7'];
      expect(byStart(ac, text)).toEqual(want);
    }
  });

  it('agrees with a brute-force search when several patterns branch at every depth', () => {
    const rnd = random(47);
    // 48 Han characters 32 apart share their low five bits in groups: the unit filter
    // cannot tell them apart, the edge table must
    const alphabet = Array.from({ length: 48 }, (_, k) => String.fromCharCode(0x5000 + (k % 3) + 32 * Math.floor(k / 3)));
    const pick = () => alphabet[Math.floor(rnd() * alphabet.length)];
    for (let round = 0; round < 10; round++) {
      const prefix = pick() + pick();
      const patterns = Array.from({ length: 200 }, () => prefix + Array.from({ length: Math.floor(rnd() * 4) }, pick).join(''));
      const ac = new AhoCorasick<string>();
      for (const p of patterns) ac.add(p, p);
      for (let t = 0; t < 20; t++) {
        const text = Array.from({ length: 80 }, () => (rnd() < 0.3 ? prefix : pick())).join('');
        const got = byStart(ac, text).map((s) => s.replace(/^([^|@]*)(\|[^@]*)?@/, '$1@'));
        expect(got).toEqual(naive(patterns, text));
      }
    }
  });
});

describe('AhoCorasick.collectByStart at the ends of texts of every length', () => {
  it('finds a one-character term and a two-character term at the last positions, around the 32-position blocks', () => {
    const patterns = ['州', '模型', '型号', 'ab'];
    const ac = new AhoCorasick<string>();
    for (const p of patterns) ac.add(p, p);
    for (let len = 0; len <= 70; len++) {
      const filler = '的是在了'.repeat(20).slice(0, len);
      for (const tail of ['', '州', '模型', '模', '型号', 'AB', 'ab']) {
        for (const text of [filler + tail, tail + filler]) {
          expect(byStart(ac, text, true)).toEqual(naive(patterns, text.replace(/[A-Z]/g, (c) => c.toLowerCase())));
        }
      }
    }
  });
});

describe('AhoCorasick with more hashed edges than its first edge table holds', () => {
  it('grows the table and still finds every pattern, by start and by end', () => {
    // a long chain, then one pattern leaving it at each of its states: each turns a state
    // with one child into one with two (two hashed edges a pattern, the most there can be;
    // the table is first sized for 3/4 of an edge a pattern)
    const chain = Array.from({ length: 160 }, (_, k) => String.fromCharCode(0x4e00 + 7 * k)).join('');
    const patterns = [chain];
    for (let k = 1; k < chain.length; k++) patterns.push(chain.slice(0, k) + '的');
    const ac = new AhoCorasick<string>();
    for (const p of patterns) ac.add(p, p);
    const rnd = random(11);
    for (let t = 0; t < 20; t++) {
      const cut = 1 + Math.floor(rnd() * (chain.length - 1));
      const text = `在${chain.slice(0, cut)}的${chain}。`;
      expect(byStart(ac, text)).toEqual(naive(patterns, text));
      const byEnd = ac.matchAll(text).map((m) => `${m.value}@${m.start}-${m.end}`).sort();
      expect(byEnd).toEqual(naive(patterns, text).sort());
    }
  });
});

describe('AhoCorasick.scan and matchAll (the classic automaton, by end offset)', () => {
  it('reports occurrences by end offset, the longer first at the same end', () => {
    const ac = new AhoCorasick<string>();
    for (const p of ['神经网络', '图神经网络', '网络']) ac.add(p, p);
    const seen: string[] = [];
    ac.scan('图神经网络和网络', false, (start, end, value) => seen.push(`${value}@${start}-${end}`));
    expect(seen).toEqual(['图神经网络@0-5', '神经网络@1-5', '网络@3-5', '网络@6-8']);
  });

  it('finds what collectByStart finds, in another order', () => {
    const rnd = random(5);
    const alphabet = ['代', '理', '人', '模', '型', '的'];
    const pick = () => alphabet[Math.floor(rnd() * alphabet.length)];
    const patterns = Array.from({ length: 30 }, () => Array.from({ length: 1 + Math.floor(rnd() * 4) }, pick).join(''));
    const ac = new AhoCorasick<string>();
    for (const p of patterns) ac.add(p, p);
    for (let t = 0; t < 30; t++) {
      const text = Array.from({ length: 40 }, pick).join('');
      const viaScan = [...new Set(ac.matchAll(text).map((m) => `${m.value}@${m.start}-${m.end}`))].sort();
      expect(viaScan).toEqual([...naive(patterns, text)].sort());
    }
  });

  it('refuses patterns after the automaton is built', () => {
    const ac = new AhoCorasick<number>();
    ac.add('训练', 1);
    ac.build();
    expect(() => ac.add('数据', 2)).toThrow(/after build/);
  });
});
