import type { Termbase } from '../../../src/core/glossary';

/** A small hand-written EN→ZH termbase for the learn and concordance tests (independent of the built-in one). */
export const miniTermbase: Termbase = {
  id: 'test-mini',
  name: 'Test termbase',
  priority: 10,
  concepts: [
    { id: 't.training', en: [{ text: 'training' }], zh: [{ text: '训练', status: 'preferred' }, { text: '培训', status: 'forbidden' }] },
    { id: 't.training-data', en: [{ text: 'training data' }], zh: [{ text: '训练数据', status: 'preferred' }, { text: '培训数据', status: 'forbidden' }] },
    { id: 't.distributive', en: [{ text: 'distributive', variants: ['distributed'] }], zh: [{ text: '分布式', status: 'preferred' }, { text: '分配', status: 'forbidden' }] },
    { id: 't.pre-trained', en: [{ text: 'pre-trained', variants: ['pre-train', 'pretrained'] }], zh: [{ text: '预训练', status: 'preferred' }, { text: '预先训练', status: 'forbidden' }] },
    { id: 't.policy', en: [{ text: 'policy', variants: ['policies'] }], zh: [{ text: '策略', status: 'preferred' }, { text: '政策', status: 'forbidden' }] },
    {
      id: 't.agent',
      en: [{ text: 'agent', variants: ['agents'] }],
      zh: [
        { text: '智能体', status: 'preferred' },
        { text: '代理', status: 'forbidden' },
        { text: '代理人', status: 'forbidden' },
        { text: '主体', status: 'forbidden' },
      ],
    },
    { id: 't.converge', en: [{ text: 'converge' }], zh: [{ text: '收敛', status: 'preferred' }, { text: '汇合', status: 'forbidden' }] },
    { id: 't.game', en: [{ text: 'game' }], zh: [{ text: '博弈', status: 'preferred' }, { text: '游戏', status: 'forbidden' }] },
  ],
};
