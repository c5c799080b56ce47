import type { Concept, Termbase } from '../../../src/core/glossary';

/** A small termbase written for the matcher and term-check tests (not the built-in one). */
export function testTermbase(extra: Concept[] = [], priority = 0): Termbase {
  const c = (id: string, en: Concept['en'], zh: Concept['zh'], more: Partial<Concept> = {}): Concept => ({ id, en, zh, ...more });
  return {
    id: 'test', name: 'test termbase', priority,
    concepts: [
      c('training', [{ text: 'training', variants: ['train', 'trained'] }], [
        { text: '训练', status: 'preferred' },
        { text: '培训', status: 'forbidden', note: 'vocational training of people' },
      ]),
      c('pretrained', [{ text: 'pre-trained', variants: ['pre-training'] }], [
        { text: '预训练', status: 'preferred' },
        { text: '预验证', status: 'forbidden' },
      ]),
      c('agent', [{ text: 'agent' }], [
        { text: '智能体', status: 'preferred' },
        { text: '代理', status: 'forbidden', requiresSourceTerm: true },
        { text: '代理人', status: 'forbidden' },
      ]),
      c('surrogate-model', [{ text: 'surrogate model' }], [{ text: '代理模型', status: 'preferred' }]),
      c('state', [{ text: 'state' }], [
        { text: '状态', status: 'preferred' },
        { text: '州', status: 'forbidden', requiresSourceTerm: true, note: 'a U.S. state' },
      ]),
      c('policy', [{ text: 'policy' }], [
        { text: '策略', status: 'preferred' },
        { text: '政策', status: 'forbidden', requiresSourceTerm: true },
      ]),
      c('accuracy', [{ text: 'accuracy' }], [
        { text: '准确率', status: 'preferred' },
        { text: '精度', status: 'admitted' },
        { text: '准确性', status: 'admitted' },
      ]),
      c('optimization', [{ text: 'optimization' }], [{ text: '优化', status: 'preferred' }]),
      c('behavior', [{ text: 'behavior' }], [{ text: '行为', status: 'preferred' }]),
      c('white-box', [{ text: 'white-box' }], [
        { text: '白盒', status: 'preferred' },
        { text: '白色框', status: 'forbidden' },
      ]),
      c('gnn', [{ text: 'graph neural network', acronym: 'GNN' }], [
        { text: '图神经网络', status: 'preferred' },
        { text: '图形神经网络', status: 'forbidden' },
      ]),
      c('neural-network', [{ text: 'neural network' }], [{ text: '神经网络', status: 'preferred' }]),
      c('graph', [{ text: 'graph' }], [
        { text: '图', status: 'preferred' },
        { text: '图形', status: 'forbidden', requiresSourceTerm: true },
      ]),
      c('vit', [{ text: 'vision Transformer' }], [{ text: '视觉Transformer', status: 'preferred' }]),
      c('rl', [{ text: 'reinforcement learning', acronym: 'RL' }], [{ text: '强化学习', status: 'preferred' }]),
      c('distributed', [{ text: 'distributed', variants: ['distributive'] }], [
        { text: '分布式', status: 'preferred' },
        { text: '分配', status: 'forbidden', requiresSourceTerm: true },
      ]),
      c('exploration', [{ text: 'exploration' }], [{ text: '探索', status: 'preferred' }]),
      c('safety', [{ text: 'safety' }], [{ text: '安全', status: 'preferred' }, { text: '安全性', status: 'admitted' }]),
      c('algorithm', [{ text: 'algorithm' }], [{ text: '算法', status: 'preferred' }]),
      c('openai-gym', [{ text: 'OpenAI Gym' }], [{ text: 'OpenAI Gym', status: 'preferred' }], { dnt: true }),
      c('imagenet', [{ text: 'ImageNet' }], [{ text: 'ImageNet', status: 'preferred' }], { dnt: true }),
      c('bert', [{ text: 'BERT' }], [{ text: 'BERT', status: 'preferred' }], { dnt: true }),
      c('lunar-lander', [{ text: 'Lunar Lander' }], [{ text: 'Lunar Lander', status: 'preferred' }], { dnt: true }),
      ...extra,
    ],
  };
}
