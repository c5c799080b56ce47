import { describe, expect, it } from 'vitest';
import { terminologyForbidden } from '../../../src/core/checks/terminologyForbidden';
import { compileGlossary, type Termbase } from '../../../src/core/glossary';
import { testTermbase } from '../glossary/matcherTermbase';

const ctx = { glossary: compileGlossary([testTermbase()]) };
const run = (source: string, target: string, c: { glossary?: unknown } = ctx) =>
  terminologyForbidden.run({ id: 'u1', source, target }, c);

describe('terminology.forbidden', () => {
  it('flags 培训 for "training" with certainty when the source holds the term', () => {
    const source = 'The agent is trained with safety constraints; training takes two days.';
    const target = '该智能体在安全约束下进行培训，培训需要两天。';
    const found = run(source, target);
    expect(found).toHaveLength(2);
    const [f] = found;
    expect(f).toMatchObject({
      check: 'terminology.forbidden', severity: 'major', mqm: 'Terminology', confidence: 'certain',
      suggestion: '训练', termId: 'training', target: { start: 12, end: 14, text: '培训' },
    });
    expect(target.slice(f.target!.start, f.target!.end)).toBe('培训');
    expect(source.slice(f.source!.start, f.source!.end)).toBe(f.source!.text);
    expect(f.message).toContain('培训');
    expect(f.message).toContain('vocational training');
    expect(f.message).toContain('训练');
  });

  it('does not fire inside a longer approved term (预训练, 代理模型)', () => {
    expect(run('', '我们使用预训练模型并训练一个代理模型。')).toEqual([]);
    expect(run('We train a surrogate model.', '我们训练一个代理模型。')).toEqual([]);
  });

  it('州: certain with "state" in the source, silent when the source lacks it, suspect without a source', () => {
    const withState = run('The agent acts in any other state.', '智能体在任何其他州采取行动。');
    expect(withState).toHaveLength(1);
    expect(withState[0]).toMatchObject({ severity: 'major', confidence: 'certain', suggestion: '状态', target: { text: '州' } });
    expect(withState[0].message).toContain('U.S. state');

    expect(run('The data were collected in California.', '数据收集于加利福尼亚州。')).toEqual([]);

    const noSource = run('', '智能体在任何其他州采取行动。');
    expect(noSource).toHaveLength(1);
    expect(noSource[0]).toMatchObject({ severity: 'minor', confidence: 'suspect', suggestion: '状态' });
  });

  it('reports an unconditional forbidden rendering without a source as major but suspect', () => {
    const [f] = run('', '对预验证的策略进行白色框攻击。');
    expect(f).toMatchObject({ severity: 'major', confidence: 'suspect', suggestion: '预训练', target: { text: '预验证' } });
    expect(run('', '对预验证的策略进行白色框攻击。').map((x) => x.target!.text)).toEqual(['预验证', '白色框']);
  });

  it('weakens an unconditional rendering when the source lacks the term', () => {
    const [f] = run('Staff attend workshops.', '员工参加培训。');
    expect(f).toMatchObject({ severity: 'minor', confidence: 'suspect', target: { text: '培训' } });
  });

  it("reports a rendering with the termbase's own severity: minor for 健壮性, clear but not the field's term", () => {
    const robust: Termbase = {
      id: 'r', name: 'r', priority: 1, concepts: [{
        id: 'sec.robust', en: [{ text: 'robustness' }],
        zh: [{ text: '鲁棒性', status: 'preferred' }, { text: '健壮性', status: 'forbidden', requiresSourceTerm: true, severity: 'minor' }, { text: '坚固性', status: 'forbidden' }],
      }],
    };
    const c = { glossary: compileGlossary([robust]) };
    const found = run('We study the robustness of GNNs and their robustness to noise.', '我们研究了GNN的健壮性及其对噪声的坚固性。', c);
    expect(found.map((f) => [f.target!.text, f.severity, f.confidence])).toEqual([['健壮性', 'minor', 'certain'], ['坚固性', 'major', 'certain']]);
    // without a source a minor rendering stays minor (never raised), and stays suspect
    expect(run('', '模型的健壮性。', c)[0]).toMatchObject({ severity: 'minor', confidence: 'suspect' });
  });

  it('yields nothing for correct Chinese, nothing without a glossary', () => {
    expect(run('The policy is trained.', '该策略经过训练。')).toEqual([]);
    expect(run('The policy is trained.', '该政策经过培训。', {})).toEqual([]);
  });

  it('follows a higher-priority project termbase that admits the rendering', () => {
    const project: Termbase = {
      id: 'p', name: 'project', priority: 10,
      concepts: [{ id: 'p.agent', en: [{ text: 'agent' }], zh: [{ text: '代理', status: 'preferred' }] }],
    };
    const c = { glossary: compileGlossary([testTermbase(), project]) };
    expect(run('The agent acts.', '代理采取行动。', c)).toEqual([]);
    expect(run('The agent acts.', '代理采取行动。')).toHaveLength(1);
  });
});

describe('terminology.forbidden messages', () => {
  it('say why, from the concept note when the rendering has none', () => {
    const glossary = compileGlossary([{
      id: 'n', name: 'notes', priority: 0,
      concepts: [{
        id: 'game', en: [{ text: 'game' }], note: 'Game-theoretic sense. 游戏 is right for video games (see rl.video-game), hence requiresSourceTerm. Counts: 游戏 ×44.',
        zh: [{ text: '博弈', status: 'preferred' }, { text: '游戏', status: 'forbidden', requiresSourceTerm: true }],
      }, {
        id: 'state', en: [{ text: 'state' }], note: 'MDP state. 州 (U.S. state) and 国家 (nation) are right only in geography contexts.',
        zh: [{ text: '状态', status: 'preferred' }, { text: '州', status: 'forbidden', requiresSourceTerm: true }],
      }],
    }]);
    const [game] = terminologyForbidden.run({ id: 'u', source: 'a two-player game', target: '两人游戏' }, { glossary });
    expect(game.message).toBe('游戏 is right for video games; for "game" use 博弈.');
    const [state] = terminologyForbidden.run({ id: 'u', source: 'in any state', target: '在任何州' }, { glossary });
    expect(state.message).toBe('州 means U.S. state; for "state" use 状态.');
  });
});
