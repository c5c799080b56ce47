import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinTermbase } from '../../../src/core/glossary/builtinTermbase';
import { mineRenderings } from '../../../src/tools/mineRenderings';
import { countRenderings, inflections, prepareCorpus, readPairs, termQueries, wordSequence } from '../../../src/tools/mining';
import type { MiningCorpus } from '../../../src/tools/mining';

const pairs = [
  { source: 'The agent learns a policy.', target: '代理学习一个政策。' },
  { source: 'Each agent explores the environment.', target: '每个代理探索环境。' },
  { source: 'Multiple agents cooperate to win the game.', target: '多个代理人合作赢得博弈。' },
  { source: 'An RL agent maximises the reward.', target: '强化学习智能体最大化奖励。' },
  { source: 'We train a surrogate model on proxy labels.', target: '我们在代理标签上训练代理模型。' },
  { source: 'The image classifier reaches high accuracy.', target: '图像分类器达到很高的准确率。' },
  { source: 'Robust models resist adversarial examples.', target: '鲁棒模型能抵抗对抗样本。' },
  { source: 'Deep learning needs labelled data.', target: '深度学习需要标注数据。' },
  { source: 'We study transfer learning.', target: '我们研究迁移学习。' },
];

describe('wordSequence and inflections', () => {
  it('treats hyphenation and casing alike', () => {
    expect(wordSequence('Pre-trained POLICIES.')).toBe(' pre trained policies ');
  });
  it('inflects the last word: plural and verb forms', () => {
    expect(inflections('policy')).toEqual(expect.arrayContaining(['policy', 'policies']));
    expect(inflections('pre-train')).toEqual(expect.arrayContaining(['pre-trained', 'pre-training', 'pre-trains']));
    expect(inflections('converge')).toEqual(expect.arrayContaining(['converged', 'converging', 'converges']));
    expect(inflections('graph neural network')).toContain('graph neural networks');
  });
  it('keeps words whole: agenda and reagent are not agent; adversarial is not adversary', () => {
    const forms = inflections('agent').map(wordSequence);
    for (const text of ['the agenda', 'a reagent', 'agentic AI']) {
      expect(forms.some((f) => wordSequence(text).includes(f))).toBe(false);
    }
    expect(inflections('adversary').map(wordSequence).some((f) => wordSequence('adversarial examples').includes(f))).toBe(false);
  });
});

describe('countRenderings on hand-made pairs', () => {
  const corpus = prepareCorpus(pairs);
  const agent = { label: 'agent', en: ['agent'], approved: ['智能体'], forbidden: ['代理', '代理人'] };

  it('counts the pairs whose source holds the term, in any inflection', () => {
    const s = countRenderings(corpus, agent, { minCount: 2 });
    expect(s.totalPairs).toBe(9);
    expect(s.sourcePairs).toBe(4);
  });

  it('counts approved and forbidden renderings inside and outside those pairs', () => {
    const s = countRenderings(corpus, agent, { minCount: 2 });
    expect(s.approved).toEqual([{ text: '智能体', pairs: 1, outside: 0 }]);
    // 代理 also occurs (correctly, for surrogate/proxy) in a pair without "agent".
    expect(s.forbidden).toEqual([
      { text: '代理', pairs: 3, outside: 1 },
      { text: '代理人', pairs: 1, outside: 0 },
    ]);
    expect(s.withoutApproved).toBe(3);
  });

  it('surfaces an unlisted rendering as the most over-represented n-gram', () => {
    const s = countRenderings(corpus, { label: 'agent', en: ['agent'] }, { minCount: 2 });
    expect(s.ngrams[0]?.text).toBe('代理');
    expect(s.ngrams[0]).toMatchObject({ pairs: 3, background: 4 });
    // n-grams seen only once are below the minimum count.
    expect(s.ngrams.some((g) => g.text === '探索')).toBe(false);
  });

  it('matches acronyms with exact casing only', () => {
    const withAcr = countRenderings(corpus, { label: 'reinforcement learning', en: ['reinforcement learning'], acronyms: ['RL'] });
    expect(withAcr.sourcePairs).toBe(1);
    const lower = prepareCorpus([{ source: 'the url and rl', target: '网址' }]);
    expect(countRenderings(lower, { label: 'rl', en: ['reinforcement learning'], acronyms: ['RL'] }).sourcePairs).toBe(0);
  });

  it('finds nothing for a term absent from every source', () => {
    const s = countRenderings(corpus, { label: 'graph neural network', en: ['graph neural network'], acronyms: ['GNN'] });
    expect(s.sourcePairs).toBe(0);
    expect(s.ngrams).toEqual([]);
  });
});

describe('mineRenderings command line', () => {
  const run = (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = mineRenderings(argv, (l) => out.push(l), (l) => err.push(l));
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('rejects an unknown argument, a bad number and an unknown concept with exit 2 and the usage', () => {
    expect(run('--frobnicate')).toMatchObject({ code: 2, err: expect.stringMatching(/unknown argument "--frobnicate".*usage/) });
    expect(run('--top', 'many')).toMatchObject({ code: 2, err: expect.stringMatching(/whole numbers/) });
    expect(run('--concept', 'rl.no-such-thing')).toMatchObject({ code: 2, err: expect.stringMatching(/no concept "rl.no-such-thing"/) });
  });

  it('prints, for a term of the termbase, its renderings in a JSONL file of pairs', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mine-')), 'pairs.jsonl');
    writeFileSync(file, pairs.map((p, i) => JSON.stringify({ id: String(i), ...p })).join('\n') + '\n');
    const r = run('--term', 'agent', '--data', file, '--min', '2');
    expect(r.code).toBe(0);
    expect(r.out).toContain('agent [rl.agent]: 4 of 9 pairs');
    expect(r.out).toMatch(/forbidden: 代理 ×3 \(elsewhere ×1\)/);
    expect(r.out).toMatch(/approved : 智能体 ×1/);
  });

  it('names the data file it cannot read and says how to pass another', () => {
    const r = run('--term', 'agent', '--data', '/nonexistent/pairs.jsonl');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Cannot read \/nonexistent\/pairs\.jsonl.*--data PATH/);
  });
});

const DATA = fileURLToPath(new URL('../../../../shared/data/arxiv-adv-tencentmt/pairs-2021-2023.jsonl', import.meta.url));
if (!existsSync(DATA)) console.warn('termbaseMining: ../shared/data/arxiv-adv-tencentmt/ not present, skipping real-data mining tests');

describe.runIf(existsSync(DATA))('mining the real Tencent MT pairs', () => {
  let corpus: MiningCorpus;
  beforeAll(() => {
    corpus = prepareCorpus(readPairs(DATA));
  }, 120_000);
  const queries = termQueries(builtinTermbase());
  const query = (id: string) => {
    const q = queries.find((x) => x.id === id);
    if (!q) throw new Error(`concept ${id} missing from the built-in termbase`);
    return q;
  };

  it('reads all 3,287 abstracts', () => {
    expect(corpus.pairs.length).toBe(3287);
  });

  it('finds 代理 among the renderings of agent, more often than 智能体', () => {
    const s = countRenderings(corpus, query('rl.agent'));
    const daili = s.forbidden.find((f) => f.text === '代理');
    const zhinengti = s.approved.find((a) => a.text === '智能体');
    expect(daili!.pairs).toBeGreaterThan(zhinengti!.pairs);
    expect(s.ngrams.slice(0, 5).map((g) => g.text)).toContain('代理');
  });

  it('finds 预先训练 for pre-trained and 少镜头 for few-shot', () => {
    expect(countRenderings(corpus, query('dl.pre-trained')).forbidden.find((f) => f.text === '预先训练')!.pairs).toBeGreaterThan(50);
    const fewShot = countRenderings(corpus, { label: 'few-shot', en: ['few-shot'] });
    expect(fewShot.ngrams.slice(0, 3).map((g) => g.text)).toContain('少镜头');
  });
});
