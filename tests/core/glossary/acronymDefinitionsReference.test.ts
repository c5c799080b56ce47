import { describe, expect, it } from 'vitest';
import { builtinTermbase, compileGlossary, findAcronymDefinitions, type Termbase } from '../../../src/core/glossary';
import { clauseWordsStart } from '../../../src/core/glossary/clauseWordsStart';
import { seededRandom } from '../../../src/core/stats';

/**
 * The acronym-definition reader's fast paths against plain references: the expansion's start
 * (initials read by char code, no candidate string) against the string-and-regex reading it
 * replaced, on random texts; the concept facts kept per glossary and concept number; the
 * function-word test that skips words over five units.
 */

// --- reference: the candidate as a trimmed string, initials from a regex (the earlier reading)
const SKIPPABLE = new Set(['of', 'for', 'and', 'the', 'a', 'an', 'in', 'on', 'with', 'to', 'via', 'by']);
const alnum = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
function refByInitials(short: string, long: string): number | undefined {
  const letters = short.replace(/[^A-Z0-9]/g, '').toLowerCase();
  if (letters.length < 2) return undefined;
  let k = letters.length;
  for (let end = long.length; end > 0 && k > 0; ) {
    if (!alnum(long.charCodeAt(end - 1))) {
      end--;
      continue;
    }
    let start = end - 1;
    while (start > 0 && alnum(long.charCodeAt(start - 1))) start--;
    if (long[start].toLowerCase() === letters[k - 1]) {
      k--;
      if (k === 0) return start;
    } else if (!SKIPPABLE.has(long.slice(start, end).toLowerCase())) return undefined;
    end = start;
  }
  return undefined;
}
function refSchwartzHearst(short: string, long: string): number {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  const an = (c: string | undefined) => !!c && /[a-z0-9]/.test(c);
  while (si >= 0) {
    const c = s[si];
    if (!an(c)) {
      si--;
      continue;
    }
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && an(l[li - 1])))) li--;
    if (li < 0) return -1;
    li--;
    si--;
  }
  const wordStart = Math.max(l.lastIndexOf(' ', li + 1), l.lastIndexOf('-', li + 1)) + 1;
  return l.lastIndexOf(' ', li + 1) + 1 <= wordStart ? l.lastIndexOf(' ', li + 1) + 1 : wordStart;
}
/** The expansion before the bracket at `open` for `acronym`, as the reference reads it ('' : none). */
function refExpansion(source: string, open: number, acronym: string): string {
  let letters = 0;
  for (const ch of acronym) if (alnum(ch.charCodeAt(0))) letters++;
  const candStart = clauseWordsStart(source, open, Math.min(letters + 5, letters * 2));
  if (candStart < 0) return '';
  const cand = source.slice(candStart, open).trimEnd();
  const s = refByInitials(acronym, cand) ?? refSchwartzHearst(acronym, cand);
  return s < 0 ? '' : cand.slice(s);
}

const WORDS = [
  'graph', 'Graph', 'neural', 'Neural', 'network', 'Networks', 'of', 'Of', 'the', 'The', 'for', 'FOR', 'with', 'With', 'and',
  'a', 'an', 'in', 'on', 'to', 'via', 'by', 'under', 'using', 'based', 'within', 'Deep', 'deep', 'Q', 'learning', 'Learning',
  'reinforcement', 'Reinforcement', 'policy', 'Proximal', 'Optimization', '3D', '2', 'GPT', 'Top', '5', 'x', 'Safety',
  'Training', 'Algorithm', 'agent’s', 'model\'s', 'self-supervised', 'Pre-Trained', 'state-of-the-art', 'Transformer',
];
const SEPS = [' ', ' ', ' ', '  ', '-', ', ', ' \u00a0', '\u3000', ' / ', '; '];
const ACRONYMS = ['GNN', 'GNNs', 'DQL', 'PPO', 'RL', 'SoT', 'G3D', 'T5', 'GPT-3', 'DeepQ', 'SSTA', 'TFS', 'NN', 'XYZ', 'AoW', 'RLHF', 'Q2L'];

describe('findAcronymDefinitions against the string-and-regex reading', () => {
  it('finds the same expansion at every bracket of 3,000 random texts', () => {
    const rnd = seededRandom('acronym-reference');
    const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
    let defs = 0;
    for (let t = 0; t < 3000; t++) {
      let src = '';
      const n = 1 + Math.floor(rnd() * 12);
      for (let w = 0; w < n; w++) src += (w ? pick(SEPS) : '') + pick(WORDS);
      const acronym = pick(ACRONYMS);
      if (rnd() < 0.7) {
        // the acronym's own initials before it, most of the time (words of either case, some skipped words between)
        src += ' ' + [...acronym.replace(/[^A-Z0-9]/g, '')]
          .map((ch) => (rnd() < 0.3 ? ch.toLowerCase() : ch) + pick(['raph', 'eep', 'olicy', '', 'ETWORK']))
          .join(pick([' ', ' of the ', '-', ' ', ' and ', ' within ', ' with ', ' via ']));
      }
      src += pick(['', ' ', '   ', '\u00a0']) + pick(['(', '（', '( ']) + acronym + pick([')', '）', ' )']) + pick(['', ' and more.', ' 模型。']);
      const got = findAcronymDefinitions(src);
      const open = Math.max(src.lastIndexOf('('), src.lastIndexOf('（'));
      const body = acronym.replace(/s$/, '');
      const want = /[A-Z].*[A-Z]/.test(body) ? refExpansion(src, open, body) : '';
      const mine = got.find((d) => d.acronymSpan.start > open);
      expect(mine?.expansion.text ?? '', src).toBe(want);
      if (mine) {
        expect(src.slice(mine.expansion.start, mine.expansion.end)).toBe(mine.expansion.text);
        defs++;
      }
    }
    expect(defs).toBeGreaterThan(1000);
  });

  it('reads initials over digits and skipped function words where a letter-by-letter reading would start later', () => {
    // each letter-by-letter (Schwartz–Hearst) reading takes the p inside "Optimization": "Policy …"
    const cases: [string, string][] = [
      ['We use Proximal Policy Optimization (PPO).', 'Proximal Policy Optimization'],
      ['We use Proximal Policy Optimization 2 (PPO2).', 'Proximal Policy Optimization 2'],
      ['We use Proximal Policy Optimization with Replay (PPOR).', 'Proximal Policy Optimization with Replay'],
      ['We use Proximal Policy Optimization via the Replay (PPOR).', 'Proximal Policy Optimization via the Replay'],
      ['We use Proximal Policy Optimization   （PPO） here.', 'Proximal Policy Optimization'],
      ['We use Proximal Policy Optimization\u00a0(PPO) here.', 'Proximal Policy Optimization'],
    ];
    for (const [src, want] of cases) {
      const [d] = findAcronymDefinitions(src);
      expect(d.expansion.text, src).toBe(want);
      expect(refExpansion(src, Math.max(src.lastIndexOf('('), src.lastIndexOf('（')), d.acronym)).toBe(want);
    }
  });
});

const tb = (id: string, zh: [string, string, string]): Termbase => ({
  id, name: id, priority: 0,
  concepts: [
    { id: 'safety', en: [{ text: 'safety' }], zh: [{ text: zh[0], status: 'preferred' }] },
    { id: 'training', en: [{ text: 'training' }], zh: [{ text: zh[1], status: 'preferred' }] },
    { id: 'ssl', en: [{ text: 'semi-supervised learning', variants: ['semi-supervised'] }], zh: [{ text: zh[2], status: 'preferred' }] },
  ],
});

describe('findAcronymDefinitions: concept facts by glossary and number', () => {
  it('builds each glossary’s own Chinese, text after text, though both number the concepts alike', () => {
    const one = compileGlossary([tb('one', ['安全', '训练', '半监督学习'])]);
    const two = compileGlossary([tb('two', ['保险', '培养', '半督导学习'])]);
    expect(one.conceptNo!.get('safety')).toBe(two.conceptNo!.get('safety'));
    for (let round = 0; round < 3; round++) {
      for (const [g, want] of [[one, '安全训练'], [two, '保险培养']] as const) {
        const [d] = findAcronymDefinitions(`Round ${round}: Safety Training (ST) works.`, g);
        expect(d.expectedZh).toBe(want);
        expect(d.components.map((c) => c.conceptId)).toEqual(['safety', 'training']);
      }
      // a hit naming fewer words than its concept: no expected Chinese, also once the concept is known
      const [s] = findAcronymDefinitions(`Round ${round}: Semi-Supervised Training (SST) works.`, one);
      expect(s.components.map((c) => [c.text, c.zh])).toEqual([['Semi-Supervised', '半监督学习'], ['Training', '训练']]);
      expect(s.expectedZh).toBeUndefined();
      const [l] = findAcronymDefinitions(`Round ${round}: Semi-Supervised Learning (SSL) works.`, two);
      expect(l.expectedZh).toBe('半督导学习');
    }
  });

  it('treats every reorder word as one, whatever its case, and leaves out a, an, the', () => {
    const g = compileGlossary([tb('one', ['安全', '训练', '半监督学习'])]);
    for (const w of ['of', 'for', 'with', 'on', 'in', 'to', 'from', 'via', 'by', 'and', 'or', 'under', 'over', 'using', 'based']) {
      for (const form of [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1)]) {
        const [d] = findAcronymDefinitions(`Safety ${form} Training (S${form[0].toUpperCase()}T) holds`, g);
        expect(d, form).toBeDefined();
        expect(d.expectedZh, form).toBeUndefined();
        expect(d.components.map((c) => c.text), form).toEqual(['Safety', 'Training']);
      }
    }
    for (const form of ['the', 'The', 'THE', 'an', 'An']) {
      const [d] = findAcronymDefinitions(`${form} Safety Training (ST) holds`, g);
      expect(d.expectedZh, form).toBe('安全训练');
    }
    // a longer word that is neither: a component without Chinese
    const [u] = findAcronymDefinitions('Safety Underwater Training (SUT) holds', g);
    expect(u.components.map((c) => [c.text, c.zh])).toEqual([['Safety', '安全'], ['Underwater', undefined], ['Training', '训练']]);
    expect(u.expectedZh).toBeUndefined();
  });
});

describe('findAcronymDefinitions on the built-in termbase', () => {
  it('builds the DESTA expansion the same way on its first and later reads', () => {
    const g = compileGlossary([builtinTermbase()]);
    for (let k = 0; k < 3; k++) {
      const [d] = findAcronymDefinitions('We propose a Distributive Exploration Safety Training Algorithm (DESTA) for agents.', g);
      expect(d.expectedZh).toBe('分布式探索安全训练算法');
    }
  });
});

describe('findAcronymDefinitions: only the wanted acronyms', () => {
  const g = compileGlossary([builtinTermbase()]);
  it('builds exactly the wanted definitions, in the order of all definitions, on random texts', () => {
    const rnd = seededRandom('acronym-wanted');
    const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
    const defined = ['GN', 'GNN', 'GNNs', 'NN', 'RL', 'RLHF', 'DRL', 'PPO', 'PPO2', 'SoT'];
    const reads: Record<string, string> = {
      GN: 'Graph Networks', GNN: 'Graph Neural Network', GNNs: 'Graph Neural Networks', NN: 'Neural Network',
      RL: 'Reinforcement Learning', RLHF: 'Reinforcement Learning from Human Feedback', DRL: 'Deep Reinforcement Learning',
      PPO: 'Proximal Policy Optimization', PPO2: 'Proximal Policy Optimization 2', SoT: 'Safety of Training',
    };
    let kept = 0;
    let dropped = 0;
    for (let t = 0; t < 1500; t++) {
      let src = '';
      const n = 1 + Math.floor(rnd() * 4);
      for (let k = 0; k < n; k++) {
        const a = pick(defined);
        src += `We study ${reads[a]} ${pick(['(', '（', '( '])}${a}${pick([')', '）', ' )'])}${pick([' and ', '. ', ', then '])}`;
        // brackets that define nothing, some sources holding only these
        if (rnd() < 0.3) src = pick(['(see Table 2) ', '（a） ', '( b ) ', '(e.g. GNN) ', '']) + src.slice(0, rnd() < 0.2 ? 0 : src.length);
      }
      const all = findAcronymDefinitions(src, g);
      const wanted = defined.filter(() => rnd() < 0.3).map((a) => a.replace(/s$/, ''));
      const got = findAcronymDefinitions(src, g, wanted);
      const want = all.filter((d) => wanted.includes(d.acronym));
      expect(got, `${src} | ${wanted.join(',')}`).toEqual(want);
      kept += want.length;
      dropped += all.length - want.length;
    }
    expect(kept).toBeGreaterThan(500);
    expect(dropped).toBeGreaterThan(500);
  });

  it('does not take an acronym that only starts or ends like a wanted one', () => {
    const src = 'Graph Networks (GN), Graph Neural Networks (GNNs) and Neural Networks (NN) differ.';
    expect(findAcronymDefinitions(src, g, ['GN']).map((d) => d.expansion.text)).toEqual(['Graph Networks']);
    expect(findAcronymDefinitions(src, g, ['GNN']).map((d) => d.acronymSpan.text)).toEqual(['GNNs']);
    expect(findAcronymDefinitions(src, g, ['NN']).map((d) => d.expansion.text)).toEqual(['Neural Networks']);
    expect(findAcronymDefinitions(src, g, ['GNNs', 'XN'])).toEqual([]);
    expect(findAcronymDefinitions(src, g, [])).toEqual([]);
  });
});
