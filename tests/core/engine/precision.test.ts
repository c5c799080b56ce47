import { describe, expect, it } from 'vitest';
import { checkUnit, createCheckContext } from '../../../src/core/engine';

// A correct translation, written for this test, of an ML abstract: no check may complain.
const SOURCE =
  'Deep reinforcement learning agents are vulnerable to adversarial perturbations of their observations. ' +
  'In this paper, we propose a certified defense that trains the policy with randomized smoothing. ' +
  'On three Atari games and two MuJoCo tasks, our method improves the certified reward by 12.5% on average, ' +
  'while the clean reward drops by less than 1%. ' +
  'Code is available at https://github.com/example/certified-rl.';
const TARGET =
  '深度强化学习智能体容易受到针对其观测的对抗扰动的影响。' +
  '在本文中，我们提出了一种可认证的防御方法，利用随机平滑来训练策略。' +
  '在三个Atari游戏和两个MuJoCo任务上，我们的方法将认证奖励平均提高了12.5%，' +
  '而干净奖励的下降不到1%。' +
  '代码见https://github.com/example/certified-rl。';

describe('precision: a correct translation', () => {
  it('gets no finding from the non-terminology checks, with or without its source', () => {
    const ctx = createCheckContext({ only: ['numbers', 'untranslated', 'omission', 'addition', 'punctuation.width', 'spacing', 'brackets', 'script.mixed', 'fluency.repetition'] });
    expect(checkUnit({ id: 'p', source: SOURCE, target: TARGET }, ctx)).toEqual([]);
    expect(checkUnit({ id: 'p', source: '', target: TARGET }, ctx)).toEqual([]);
  });

  it('and the same checks do fire once errors are put in', () => {
    const ctx = createCheckContext({ only: ['numbers', 'omission', 'punctuation.width', 'spacing'] });
    const broken = TARGET.replace('三个Atari', '四个Atari').replace('在本文中，', '在本文中, ').replace(/在本文中.*?策略。/, (s) => s + ' ');
    const found = checkUnit({ id: 'p', source: SOURCE, target: broken.replace('而干净奖励的下降不到1%。', '') }, ctx).map((f) => f.check);
    expect(found).toContain('numbers');
    expect(found).toContain('punctuation.width');
    expect(found).toContain('spacing');
  });
});
