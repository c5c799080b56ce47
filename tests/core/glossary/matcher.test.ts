import { describe, expect, it } from 'vitest';
import {
  AhoCorasick, compileGlossary, glossaryOf, isCompiledGlossary, matchSource, matchTarget, termsInSource, type Termbase,
} from '../../../src/core/glossary';
import { testTermbase } from './matcherTermbase';

const g = compileGlossary([testTermbase()]);
const zh = (text: string) => matchTarget(g, text).map((h) => `${h.text}@${h.start}:${h.conceptId}`);
const en = (text: string) => matchSource(g, text).map((h) => `${h.text}:${h.conceptId}`);

describe('AhoCorasick', () => {
  it('finds every occurrence of overlapping patterns in one pass', () => {
    const ac = new AhoCorasick<string>();
    for (const p of ['训练', '预训练', '训练数据', '数据']) ac.add(p, p);
    ac.build();
    const found = ac.matchAll('用预训练数据训练').map((m) => `${m.value}@${m.start}-${m.end}`);
    expect(found.sort()).toEqual(['数据@4-6', '训练@2-4', '训练@6-8', '训练数据@2-6', '预训练@1-4'].sort());
  });

  it('reports nothing for a text without patterns', () => {
    const ac = new AhoCorasick<number>();
    ac.add('图神经网络', 1);
    expect(ac.build().matchAll('卷积网络在图像上表现良好')).toEqual([]);
  });
});

describe('Chinese side: substrings, longest match wins', () => {
  it('does not report 训练 inside 预训练, but does report it on its own', () => {
    expect(zh('我们使用预训练模型。')).toEqual(['预训练@4:pretrained']);
    expect(zh('模型的训练很慢。')).toEqual(['训练@3:training']);
  });

  it('lets 代理模型 (surrogate model) beat 代理 (a forbidden rendering of agent)', () => {
    expect(zh('我们训练一个代理模型来近似目标函数')).toEqual(['训练@2:training', '代理模型@6:surrogate-model']);
    expect(zh('安全代理的动作')).toEqual(['安全@0:safety', '代理@2:agent']);
  });

  it('prefers 代理人 over the 代理 inside it and 图形神经网络 over 图形 and 神经网络', () => {
    expect(zh('任务代理人')).toEqual(['代理人@2:agent']);
    expect(zh('我们将图形神经网络视为目标')).toEqual(['图形神经网络@3:gnn']);
  });

  it('matches mixed-script terms case-insensitively in their Latin part', () => {
    expect(zh('基于视觉Transformer的方法')).toEqual(['视觉Transformer@2:vit']);
    expect(zh('基于视觉transformer的方法')).toEqual(['视觉transformer@2:vit']);
  });

  it('needs a word boundary at a Latin edge: RL matches in 安全RL方法, not inside URL or RLHF', () => {
    expect(zh('安全RL方法')).toEqual(['安全@0:safety', 'RL@2:rl']);
    expect(zh('访问URL和RLHF')).toEqual([]);
  });

  it('matches a protected name whatever its casing (casing is checked by names.protected)', () => {
    expect(zh('在Openai Gym中')).toEqual(['Openai Gym@1:openai-gym']);
  });

  it('matches a hyphenated protected name written without its hyphen', () => {
    const g2 = compileGlossary([testTermbase([
      { id: 'cifar', en: [{ text: 'CIFAR-10' }], zh: [{ text: 'CIFAR-10', status: 'preferred' }], dnt: true },
    ])]);
    expect(matchTarget(g2, '在CIFAR10和CIFAR-10上').map((h) => `${h.text}:${h.conceptId}`)).toEqual(['CIFAR10:cifar', 'CIFAR-10:cifar']);
  });

  it('gives UTF-16 offsets that slice the text to the hit', () => {
    const text = '𠀀在图形神经网络(GNN)上';
    for (const h of matchTarget(g, text)) expect(text.slice(h.start, h.end)).toBe(h.text);
    expect(matchTarget(g, text).map((h) => h.text)).toEqual(['图形神经网络', 'GNN']);
  });
});

describe('English side: stemmed, case-folded, word boundaries', () => {
  it('matches plurals and inflections through stemming', () => {
    expect(en('Agents learn policies while training; the model was trained.')).toEqual([
      'Agents:agent', 'policies:policy', 'training:training', 'trained:training',
    ]);
  });

  it('treats pre-trained, pretrained and pre trained alike', () => {
    expect(en('a pre-trained model')).toEqual(['pre-trained:pretrained']);
    expect(en('a pretrained model')).toEqual(['pretrained:pretrained']);
    expect(en('a pre trained model')).toEqual(['pre trained:pretrained']);
    expect(en('whitebox and white box and white-box')).toEqual(['whitebox:white-box', 'white box:white-box', 'white-box:white-box']);
  });

  it('maps British to American spelling (-ise/-our)', () => {
    expect(en('Optimisation of agent behaviour')).toEqual(['Optimisation:optimization', 'agent:agent', 'behaviour:behavior']);
  });

  it('keeps derivations apart that Porter would conflate', () => {
    // "optimize" and "optimization" share the Porter stem "optim"; only the noun is a term here
    expect(en('we optimize it')).toEqual([]);
    expect(en('the trainer')).toEqual([]);
  });

  it('keeps -ing nouns apart from the base word unless the termbase lists both', () => {
    const tb: Termbase = {
      id: 'ing', name: 'ing', priority: 0,
      concepts: [
        { id: 'sample', en: [{ text: 'sample' }], zh: [{ text: '样本', status: 'preferred' }] },
        { id: 'sampling', en: [{ text: 'sampling' }], zh: [{ text: '采样', status: 'preferred' }] },
        { id: 'generalization', en: [{ text: 'generalization' }], zh: [{ text: '泛化', status: 'preferred' }] },
        { id: 'model-based', en: [{ text: 'model-based', variants: ['model based'] }], zh: [{ text: '基于模型的', status: 'preferred' }] },
      ],
    };
    const g2 = compileGlossary([tb]);
    const ids = (t: string) => matchSource(g2, t).map((h) => `${h.text}:${h.conceptId}`);
    expect(ids('Samples drawn by importance sampling')).toEqual(['Samples:sample', 'sampling:sampling']);
    expect(ids('data generation and generalisation')).toEqual(['generalisation:generalization']);
    expect(ids('a model based planner; models based on trees; model-based RL')).toEqual([
      'model based:model-based', 'model-based:model-based',
    ]);
  });

  it('matches the longest multi-word term and not across punctuation', () => {
    expect(en('Graph neural networks (GNNs) outperform neural networks.')).toEqual([
      'Graph neural networks:gnn', 'GNNs:gnn', 'neural networks:neural-network',
    ]);
    expect(en('a neural. Network')).toEqual([]);
  });

  it('matches acronyms case-sensitively, with a plural s', () => {
    expect(en('GNN and GNNs')).toEqual(['GNN:gnn', 'GNNs:gnn']);
    expect(en('gnn, Gnn and GNNS')).toEqual([]);
  });

  it('does not match inside a longer word', () => {
    expect(en('restate the statement')).toEqual([]);
    expect(en('the state')).toEqual(['state:state']);
  });
});

describe('compileGlossary', () => {
  it('lets the higher-priority termbase win a conflict on the same English term', () => {
    const project: Termbase = {
      id: 'project', name: 'project', priority: 10,
      concepts: [{ id: 'p-agent', en: [{ text: 'agents' }], zh: [{ text: '代理', status: 'preferred' }] }],
    };
    const merged = compileGlossary([testTermbase(), project]);
    const hit = matchTarget(merged, '安全代理').find((h) => h.text === '代理')!;
    expect(hit.status).toBe('preferred');
    expect(merged.concepts.get('p-agent')!.approved).toEqual(['代理', '智能体']);
    // the built-in order alone still forbids it
    expect(matchTarget(g, '安全代理').find((h) => h.text === '代理')!.status).toBe('forbidden');
  });

  it('is recognised in a check context by its type guard', () => {
    expect(isCompiledGlossary(g)).toBe(true);
    expect(glossaryOf({ glossary: g })).toBe(g);
    expect(glossaryOf({ glossary: { concepts: [] } })).toBeUndefined();
    expect(glossaryOf({})).toBeUndefined();
  });
});

describe('a large termbase', () => {
  it('compiles 10,000 generated concepts and still finds the right ones, longest first', () => {
    const syllables = '数据模型网络学习训练图像文本语言攻击防御样本特征表示优化梯度参数损失函数';
    const concepts = Array.from({ length: 10_000 }, (_, i) => {
      const a = syllables[i % syllables.length];
      const b = syllables[Math.floor(i / syllables.length) % syllables.length];
      const c = syllables[Math.floor(i / syllables.length ** 2) % syllables.length];
      return {
        id: `gen.${i}`,
        en: [{ text: `widget${i} gadget` }],
        zh: [{ text: `${a}${b}${c}${i}`, status: 'preferred' as const }, { text: `${a}${b}${c}${i}号`, status: 'forbidden' as const }],
      };
    });
    const big = compileGlossary([testTermbase(), { id: 'gen', name: 'generated', priority: 1, concepts }]);
    expect(big.concepts.size).toBeGreaterThanOrEqual(10_000);
    const target = `我们使用${concepts[4321].zh[1].text}和预训练模型`;
    expect(matchTarget(big, target).map((h) => `${h.text}:${h.status}`)).toEqual([`${concepts[4321].zh[1].text}:forbidden`, '预训练:preferred']);
    expect(matchSource(big, 'Widget4321 gadgets and pre-trained agents').map((h) => h.conceptId)).toEqual(['gen.4321', 'pretrained', 'agent']);
  });
});

describe('termsInSource', () => {
  it('lists the source terms with their approved and forbidden Chinese', () => {
    const terms = termsInSource(g, 'The agent explores OpenAI Gym.');
    expect(terms.map((t) => [t.text, t.preferred, t.forbidden])).toEqual([
      ['agent', '智能体', ['代理', '代理人']],
      ['OpenAI Gym', 'OpenAI Gym', []],
    ]);
    expect(termsInSource(g, 'Nothing here is a term.')).toEqual([]);
  });
});

describe('hyphenated phrases', () => {
  it('does not take a word inside state-of-the-art or out-of-distribution for the term', () => {
    expect(en('a state-of-art agent')).toEqual(['agent:agent']);
    expect(en('out-of-state policy')).toEqual(['policy:policy']);
    expect(en('the state of the agent')).toEqual(['state:state', 'agent:agent']);
  });
});
